using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

public sealed class ExemptionParserTests
{
    [Theory]
    [InlineData("The information is exempt under section 31(1)(a) of the Act.", "foia:s31")]
    [InlineData("We are withholding this under s.24(1) (national security).", "foia:s24")]
    [InlineData("exempt under s43(2) as commercially sensitive", "foia:s43")]
    [InlineData("Section 12 of the Freedom of Information (Scotland) Act 2002 applies: the cost would exceed £600.", "foisa:s12")]
    [InlineData("We rely on sections 24 and 31 of the Freedom of Information Act 2000.", "foia:s24 foia:s31")]
    [InlineData("It would be exempt under sections 35(1)(a) and (f) (law enforcement: prevention of crime and maintenance of security in institutions where persons are lawfully detained) and 39(1) (health, safety and the environment) of FOISA.", "foisa:s35 foisa:s39")]
    [InlineData("The exemptions at Sections 24(1), 31(1)(a) and 38(1)(b) apply.", "foia:s24 foia:s31 foia:s38")]
    [InlineData("Under the EIR we apply regulation 12(5)(a).", "eir:r12")]
    [InlineData("Our response under FOISA: section 35(1)(a) and s.31(1) apply.", "foisa:s35 foisa:s31")]
    [InlineData("Under section 17 of FOISA we give notice that the information is not held.", "foisa:s17")]
    [InlineData("The refusal notice under section 17 of the Freedom of Information Act 2000 cites s.40(2).", "foia:s40")]
    [InlineData("Section 1 gives you the right to information; we will reply within 20 working days under section 10.", "")]
    [InlineData("The CCTV system has 31 cameras and section 2 of this letter lists them.", "")]
    [InlineData("We rely on sections 38(1) (health and safety) and 43(2) (commercial interests) of the Act.", "foia:s38 foia:s43")]
    [InlineData("withheld under s.24(1) (safeguarding national security), s.31(1)(a) (crime) and s.40(2)", "foia:s24 foia:s31 foia:s40")]
    public void Citations_are_normalised_whatever_the_wording(string text, string expected) =>
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), ExemptionParser.Codes(text));

    [Fact]
    public void Each_citation_points_to_its_text()
    {
        const string text = "Dear Sir, exempt under s43(2). Regards";

        ExemptionCitation citation = Assert.Single(ExemptionParser.Parse(text));

        Assert.Equal("s43(2)", text[citation.Start..citation.End]);
    }

    [Theory]
    [InlineData("Imou: 2 cameras (IPC-S42FP) in the workshop.")]
    [InlineData("Recorder model DS-7608NI/S24 at the depot.")]
    public void Model_numbers_with_an_s_and_digits_are_not_sections(string text) =>
        Assert.Empty(ExemptionParser.Parse(text));
}
