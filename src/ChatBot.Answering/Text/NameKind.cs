namespace ChatBot.Answering.Text;

internal enum NameKind
{
    Person,
    Organisation,
    Place,
    Other,
}
