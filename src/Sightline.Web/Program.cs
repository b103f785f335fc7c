using Sightline.Web;

return await SightlineWebApp.RunFromArgsAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
