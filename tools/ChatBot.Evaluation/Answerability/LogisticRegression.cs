namespace ChatBot.Evaluation.Answerability;

/// <summary>Weighted binary logistic regression by Adam on the mean log-loss + L2 (the last feature is the bias, not penalised).</summary>
internal static class LogisticRegression
{
    public static double[] Fit(IReadOnlyList<(double[] X, bool Y, double Weight)> rows, double l2 = 1e-3, int iterations = 3000, double learningRate = 0.05)
    {
        var d = rows[0].X.Length;
        var w = new double[d];
        var m = new double[d];
        var v = new double[d];
        var totalWeight = rows.Sum(r => r.Weight);
        for (var t = 1; t <= iterations; t++)
        {
            var g = new double[d];
            foreach (var (x, y, weight) in rows)
            {
                var error = Probability(w, x) - (y ? 1 : 0);
                for (var j = 0; j < d; j++)
                {
                    g[j] += weight * error * x[j] / totalWeight;
                }
            }

            for (var j = 0; j < d; j++)
            {
                g[j] += j < d - 1 ? l2 * w[j] : 0;
                m[j] = (0.9 * m[j]) + (0.1 * g[j]);
                v[j] = (0.999 * v[j]) + (0.001 * g[j] * g[j]);
                w[j] -= learningRate * (m[j] / (1 - Math.Pow(0.9, t))) / (Math.Sqrt(v[j] / (1 - Math.Pow(0.999, t))) + 1e-8);
            }
        }

        return w;
    }

    public static double Probability(double[] w, double[] x) => 1 / (1 + Math.Exp(-ConditionalLogit.Dot(w, x)));
}
