namespace ChatBot.Answering.Tests.Fixtures;

/// <summary>The 12 SQuAD sample articles indexed together (copied without the folder's README and question file).</summary>
public sealed class SquadHost : AnsweringHost
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-answering-squad-" + Environment.ProcessId);

    protected override string ContentPath()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(RepositoryPaths.SquadSample, "*.txt"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)), overwrite: true);
        }

        return _folder;
    }

    protected override void CleanUp()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
