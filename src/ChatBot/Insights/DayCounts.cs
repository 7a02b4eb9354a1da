namespace ChatBot.Insights;

public sealed record DayCounts(DateOnly Date, int Answered, int Declined, int SmallTalk, int Likes, int Dislikes);
