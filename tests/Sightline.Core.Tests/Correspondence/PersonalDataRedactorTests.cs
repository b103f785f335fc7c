using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sightline.Core.Correspondence;

namespace Sightline.Core.Tests.Correspondence;

public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("Please contact jane.smith@leeds.gov.uk for details.", "Please contact [email removed] for details.")]
    [InlineData("Write to J.O'Brien@nhs.net today", "Write to [email removed] today")]
    [InlineData("Call 0113 496 0000 or +44 (0)20 7946 0018.", "Call [phone removed] or [phone removed].")]
    [InlineData("Mobile: 07700 900123, ext 4521", "Mobile: [phone removed]")]
    [InlineData("Tel 01632-960-123", "Tel [phone removed]")]
    public void Direct_addresses_and_phone_numbers_are_removed(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Theory]
    [InlineData("Requests go to foi@leeds.gov.uk.")]
    [InlineData("We hold 42 cameras made by Hikvision, installed in 2019.")]
    [InlineData("Our reference FOI 2023/1234 refers.")]
    [InlineData("Section 31(1)(a) applies.")]
    public void Role_addresses_reference_numbers_and_findings_are_kept(string text) =>
        Assert.Equal(text, PersonalDataRedactor.Redact(text));

    [Fact]
    public void The_officer_named_in_a_signature_is_removed_but_the_team_is_kept()
    {
        const string reply = "The council uses Hikvision cameras.\n\nYours sincerely,\nJane Smith\nInformation Governance Team\nLeeds City Council";
        string redacted = PersonalDataRedactor.Redact(reply);
        Assert.Equal("The council uses Hikvision cameras.\n\nYours sincerely,\n[name removed]\nInformation Governance Team\nLeeds City Council", redacted);
    }

    [Theory]
    [InlineData("Kind regards, Dr A. Patel", "Kind regards, [name removed]")]
    [InlineData("Kind regards\r\nMr Tom O'Neill-Jones\r\nFOI Officer", "Kind regards\r\n[name removed]\r\nFOI Officer")]
    [InlineData("Regards\n\nSam\n", "Regards\n\n[name removed]\n")]
    public void Signatures_in_common_shapes_lose_the_name(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Fact]
    public void A_closing_followed_by_a_sentence_keeps_the_sentence() =>
        Assert.Equal("Regards\nThe cameras were bought in 2018.", PersonalDataRedactor.Redact("Regards\nThe cameras were bought in 2018."));

    [Property]
    public Property Redacting_twice_changes_nothing_more()
    {
        Gen<string> pieces = Gen.Elements("We use Hikvision. ", "jane.doe@council.gov.uk ", "0113 496 0000 ", "\nKind regards,\n", "John Smith", "\n", "Dahua 12 ", "foi@x.gov.uk ", "+44 20 7946 0018");
        return Prop.ForAll(Gen.ListOf(pieces).Select(p => string.Join(" ", p)).ToArbitrary(), text =>
        {
            string once = PersonalDataRedactor.Redact(text);
            return once == PersonalDataRedactor.Redact(once) && !once.Contains("jane.doe@", StringComparison.Ordinal) && !once.Contains("496 0000", StringComparison.Ordinal);
        });
    }

    [Property]
    public bool Text_without_digits_at_signs_or_closings_is_unchanged(NonNull<string> text)
    {
        string t = new([.. text.Get.Where(c => char.IsAsciiLetterLower(c) || c == ' ' || c == '.')]);
        return PersonalDataRedactor.Redact(t) == t;
    }
}
