using System.Globalization;
using Sightline.Core.Bodies;

namespace Sightline.Core.Requests;

/// <summary>The drafted texts of follow-ups. Each quotes the law, the dates and the reference, so the body can act on it
/// without looking anything up. Placeholders: {reference} {body} {law} {sent} {due} {days_overdue} {review_due}
/// {commissioner} {section}.</summary>
public static class ChaserTemplates
{
    public static (string Subject, string Body) For(ChaserKind kind) => kind switch
    {
        ChaserKind.Reminder => (
            "Overdue: Freedom of Information request {reference}",
            "Dear {body},\n\nI made a request for information on {sent} under the {law} (reference {reference}). "
            + "The statutory deadline for your response was {due} ({section}), and I have not yet received a response.\n\n"
            + "Please respond as soon as possible, and let me know when I can expect it.\n\nYours faithfully,"),
        ChaserKind.SecondReminder => (
            "Second reminder: Freedom of Information request {reference} is {days_overdue} working days overdue",
            "Dear {body},\n\nMy request of {sent} under the {law} (reference {reference}) was due by {due} and is now "
            + "{days_overdue} working days overdue. I reminded you after the deadline passed.\n\n"
            + "If I do not receive a response soon I will ask for an internal review and, if necessary, complain to the {commissioner}.\n\nYours faithfully,"),
        ChaserKind.InternalReviewRequest => (
            "Request for internal review: {reference}",
            "Dear {body},\n\nPlease pass this on to the person who conducts Freedom of Information reviews.\n\n"
            + "I am writing to request an internal review of your handling of my request of {sent} under the {law} "
            + "(reference {reference}), which was due by {due}. {review_reason}\n\nYours faithfully,"),
        ChaserKind.CommissionerComplaint => (
            "Complaint to the {commissioner}: request {reference}",
            "To the {commissioner},\n\nI wish to complain about {body}'s handling of my request for information of {sent} "
            + "under the {law} (reference {reference}). The response was due by {due}. I asked for an internal review, which "
            + "was due by {review_due} and {review_state}.\n\nYours faithfully,"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Fills a template. Unknown placeholders are left as they are, so a missing value is visible.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        string text = template;
        foreach ((string key, string value) in values)
        {
            text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    public static string Commissioner(FoiLaw law) =>
        law is FoiLaw.Foisa or FoiLaw.Eisr ? "Scottish Information Commissioner" : "Information Commissioner's Office";

    /// <summary>The section that sets the deadline, as officers cite it.</summary>
    public static string DeadlineSection(FoiLaw law) => law switch
    {
        FoiLaw.Foia => "section 10(1) of the Act",
        FoiLaw.Foisa => "section 10(1) of the Act",
        FoiLaw.Eir => "regulation 5(2)",
        FoiLaw.Eisr => "regulation 5(2)(a)",
        _ => throw new ArgumentOutOfRangeException(nameof(law), law, null),
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
