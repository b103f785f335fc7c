using FsCheck.Xunit;
using Sightline.Core.Bodies;

namespace Sightline.Core.Tests.Bodies;

public sealed class IdentityTests
{
    [Theory]
    [InlineData(Sector.Council, "E08000003", "la-e08000003")]
    [InlineData(Sector.School, "100000", "sch-100000")]
    [InlineData(Sector.Police, "avon-and-somerset", "pol-avon-and-somerset")]
    [InlineData(Sector.FeCollege, "Abingdon & Witney College", "fe-abingdon-and-witney-college")]
    [InlineData(Sector.NhsTrust, "RXX", "nhs-rxx")]
    public void Body_ids_are_readable_and_derived_from_the_key(Sector sector, string key, string expected) =>
        Assert.Equal(expected, BodyId.For(sector, key).Value);

    [Fact]
    public void A_key_without_letters_or_digits_is_refused() =>
        Assert.Throws<ArgumentException>(() => BodyId.For(Sector.Other, "--- !"));

    [Property]
    public bool Body_ids_always_parse_back(string key)
    {
        if (NameNormalizer.Slug(key).Length == 0)
        {
            return true;
        }

        BodyId id = BodyId.For(Sector.Other, key);
        return BodyId.TryParse(id.Value, out BodyId? parsed) && parsed == id && id.Value.Length <= BodyId.MaxLength;
    }

    [Theory]
    [InlineData("gss:e08000003", "gss", "E08000003")]
    [InlineData("URN:0100000", "urn", "100000")]
    [InlineData("ods:rxx", "ods", "RXX")]
    [InlineData("police:Avon-and-Somerset", "police", "avon-and-somerset")]
    [InlineData("wdtk:manchester_city_council", "wdtk", "manchester_city_council")]
    public void External_ids_are_canonicalised(string text, string scheme, string value)
    {
        Assert.True(ExternalId.TryParse(text, out ExternalId? id));
        Assert.Equal(scheme, id.Scheme);
        Assert.Equal(value, id.Value);
    }

    [Theory]
    [InlineData("nope:123")]
    [InlineData("gss:")]
    [InlineData("E08000003")]
    public void Malformed_external_ids_are_rejected(string text) => Assert.False(ExternalId.TryParse(text, out _));

    [Theory]
    [InlineData("St. Mary's C of E & Academy", "st marys c of e and academy")]
    [InlineData("ÉCOLE  Élémentaire", "ecole elementaire")]
    [InlineData("Bath and North East Somerset Council", "bath and north east somerset council")]
    public void Names_normalise_culture_invariantly(string text, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(text));
}
