using System.Text.RegularExpressions;
using Sightline.Core.Devices;

namespace Sightline.Core.Answers;

/// <summary>How replies name each analytics capability ("line crossing" is object detection, "footfall" people counting).</summary>
internal static class CapabilityLexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static IReadOnlyList<(Capability Capability, Regex Pattern)> Patterns { get; } =
    [
        (Capability.FaceRecognition, Make(@"facial[- ]recognition|face[- ]recognition|\bface[- ]rec\.|face[- ]matching|face comparison|facial comparison|\bFRT\b|live facial|\bLFR\b|face[- ]?id\b|biometric (?:face|facial)|recognise faces|recognize faces|identify (?:individuals|people) by their face|recogni[sz](?:e|es|ing) (?:[\w'’-]+ ){1,3}?faces\b|compar(?:e|es|ing) faces\b|appearance search|face search|facial similarity|facial features")),
        (Capability.FaceDetection, Make(@"facial[- ]detection|face[- ]detection|face[- ]capture|detect(?:s|ing)? faces|captur(?:e|es|ing) faces\b|face[- ]detect\w*|facial capture")),
        (Capability.Thermal, Make(@"\bthermal\b|temperature (?:screening|measurement|detection|scanning|checks?|monitoring)|body temperature|fever (?:screening|detection)|thermograph\w*|heat[- ]sensing")),
        (Capability.Demographic, Make(@"demographic\w*|age(?: band| range| group)? ?(?:and |or |& |/ ?)gender|gender ?(?:and |or |& |/ ?)age|age estimation|(?:age|gender) (?:detection|recognition|analysis|classification|estimation)|ethnicity (?:detection|analysis)")),
        (Capability.Behavioural, Make(@"behaviou?r(?:al)? (?:analysis|analytics|detection|recognition)|behaviou?ral\b|loiter\w*|fight(?:ing)? detection|violence detection|crowd(?:ing)? (?:detection|density|gathering|monitoring)|people gathering|running detection|fall detection|aggressi\w+ (?:detection|behaviou?r)|unusual (?:behaviou?r|activity|motion)|abnormal (?:behaviou?r|activity|motion)|suspicious behaviou?r")),
        (Capability.ObjectDetection, Make(@"object detection|object analytics|unattended (?:object|bag|baggage|item|luggage)s?|left (?:object|luggage|item|baggage)s?|abandoned (?:object|item|bag)s?|object removal|removed object|line[- ]?cross(?:ing)?\b|intrusion (?:detection|alarm|analytics)|\bintrusion\b|tripwire|trip[- ]wire|perimeter (?:protection|detection)|region (?:entrance|exiting|exit)|(?:human|person|people|pedestrian)s? ?(?:and|&|/|or) ?vehicles? (?:detection|classification|filter(?:ing)?|recognition|alerts?)|(?:objects?|items?|bags?|packages?|luggage|baggage) (?:left|abandoned|removed)\b|vehicle detection|person detection|human detection|people detection|object classification|virtual line|cross(?:es|ing)? (?:a|the) (?:virtual |fence |perimeter |boundary )?line|detect (?:vehicles|people|persons|humans|intruders)|\b(?:a |any )?(?:person|people|intruders?|someone|vehicles?) (?:is |are |being )?detected\b|perimeter (?:breach|crossing)|smd(?: plus)?\b|smart motion detection|auto[- ]?track\w*|automatic(?:ally)? track\w*|automatic (?:people |person |vehicle |target |object )?tracking|smart tracking|(?:people|person|vehicle|target) tracking|\bclassif(?:y|ies|ying) (?:people|persons|humans) (?:and|or|from) (?:vehicles|cars)|\b(?:tell|distinguish(?:es|ing)?) (?:a |the )?(?:person|people|human)s? (?:from|apart from|and) (?:a |the )?(?:car|vehicle)s?\b|\b(?:tell the difference|distinguish|differentiate) between (?:a |the )?(?:person|people|human)s?(?: ?/ ?| and (?:an? )?| or (?:an? )?)(?:car|vehicle)s?\b|\bdetect(?:s|ing)? (?:a|an|any) (?:person|human|intruder|vehicle)\b(?! (?:lying|falling|who))|\b(?:person|people|someone|anyone|intruders?|vehicles?) (?:enters?|entering) (?:a |an |the )?(?:restricted|protected|secure|prohibited|designated) (?:area|zone)s?")),
        (Capability.Anpr, Make(@"\bANPR\b|\bALPR\b|\bLPR\b|number[- ]plate|licen[cs]e[- ]plate|plate recognition|automatic number|\b(?:vehicle |car )?registration plates?\b|\bread(?:s|ing)? (?:vehicle |car |the )?(?:registration|number) (?:plates?|marks?)")),
        (Capability.MaskDetection, Make(@"mask detection|face[- ]?mask (?:detection|recognition)|mask[- ]wearing|wearing (?:of )?(?:an? )?(?:face[- ]?)?(?:masks?|face coverings?)")),
        (Capability.PeopleCounting, Make(@"people[- ]count(?:ing|s|ers?)?\b|person count(?:ing)?\b|footfall|people counters?|counting (?:of )?people|\bcount(?:s|ed)? (?:the )?(?:number of )?(?:[\w-]+ )?(?:people|persons|visitors|pedestrians|occupants|passengers|swimmers|customers|shoppers|patrons)\b|occupancy (?:counting|monitoring|management)|head[- ]count")),
        (Capability.HeatMapping, Make(@"heat[- ]?map\w*")),
        (Capability.Audio, Make(@"\baudio\b|\b(?:sound|speech|conversations?|voices?) (?:is|are|being) (?:also |only )?recorded\b|microphones?|\bmic(?:s|rophone)?(?: inputs?)?\b|sound (?:detection|recording|analytics)|voice recording|records? (?:both )?(?:sound|audio|conversations)|two[- ]way (?:audio|talk)|(?:built[- ]in |in-built |integrated )?(?:loud)?speakers?\b")),
    ];

    private static Regex Make(string pattern) => new(pattern, Options, TimeSpan.FromSeconds(1));
}
