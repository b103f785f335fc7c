using MimeKit;

namespace Sightline.Mail;

/// <summary>Mail saved elsewhere: a folder of <c>.eml</c> files, an mbox file, or a Maildir (<c>cur/</c> and <c>new/</c>).</summary>
public static class SavedMail
{
    private static readonly string[] Subfolders = ["cur", "new"];

    public static IEnumerable<RawMessage> EmlDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => new RawMessage(0, Path.GetRelativePath(directory, path), File.ReadAllBytes(path)));

    public static IEnumerable<RawMessage> Maildir(string directory)
    {
        if (!Directory.Exists(Path.Combine(directory, "cur")) && !Directory.Exists(Path.Combine(directory, "new")))
        {
            throw new DirectoryNotFoundException($"{directory} is not a Maildir (no cur/ or new/ folder)");
        }

        return Subfolders.Select(sub => Path.Combine(directory, sub)).Where(Directory.Exists)
            .SelectMany(sub => Directory.EnumerateFiles(sub)).Order(StringComparer.Ordinal)
            .Select(path => new RawMessage(0, Path.GetRelativePath(directory, path), File.ReadAllBytes(path)));
    }

    /// <summary>Each message of an mbox file, re-serialised by MimeKit (the "From " separator lines are not part of a message).</summary>
    public static IEnumerable<RawMessage> Mbox(string path)
    {
        using FileStream stream = File.OpenRead(path);
        var parser = new MimeParser(stream, MimeFormat.Mbox);
        int index = 0;
        while (!parser.IsEndOfStream)
        {
            MimeMessage message = parser.ParseMessage();
            using var buffer = new MemoryStream();
            message.WriteTo(buffer);
            index++;
            yield return new RawMessage(0, $"{Path.GetFileName(path)}#{index}", buffer.ToArray());
        }
    }
}
