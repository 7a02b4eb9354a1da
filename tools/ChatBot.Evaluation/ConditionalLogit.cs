namespace ChatBot.Evaluation;

/// <summary>
/// Fits weights w so that softmax(w·x) over each group's candidates puts its mass on the group's positives
/// (a conditional logit / listwise logistic regression), by Adam on the mean negative log-likelihood + L2.
/// </summary>
internal static class ConditionalLogit
{
    /// <param name="groups">Per question: candidate feature rows and which rows are positive.</param>
    public static double[] Fit(IReadOnlyList<(double[][] Rows, bool[] Positive)> groups, int dimensions, double l2 = 1e-6, int iterations = 400, double learningRate = 0.05)
    {
        var w = new double[dimensions];
        var m = new double[dimensions];
        var v = new double[dimensions];
        for (var t = 1; t <= iterations; t++)
        {
            var gradient = Gradient(groups, w, l2);
            for (var d = 0; d < dimensions; d++)
            {
                m[d] = (0.9 * m[d]) + (0.1 * gradient[d]);
                v[d] = (0.999 * v[d]) + (0.001 * gradient[d] * gradient[d]);
                var mHat = m[d] / (1 - Math.Pow(0.9, t));
                var vHat = v[d] / (1 - Math.Pow(0.999, t));
                w[d] -= learningRate * mHat / (Math.Sqrt(vHat) + 1e-8);
            }
        }

        return w;
    }

    public static double Dot(double[] w, IReadOnlyList<double> x)
    {
        var sum = 0.0;
        for (var d = 0; d < w.Length; d++)
        {
            sum += w[d] * x[d];
        }

        return sum;
    }

    private static double[] Gradient(IReadOnlyList<(double[][] Rows, bool[] Positive)> groups, double[] w, double l2)
    {
        var dimensions = w.Length;
        var total = new double[dimensions];
        var partials = new double[groups.Count][];
        Parallel.For(0, groups.Count, g =>
        {
            var (rows, positive) = groups[g];
            var z = new double[rows.Length];
            var max = double.MinValue;
            for (var i = 0; i < rows.Length; i++)
            {
                z[i] = Dot(w, rows[i]);
                max = Math.Max(max, z[i]);
            }

            double all = 0, pos = 0;
            for (var i = 0; i < rows.Length; i++)
            {
                z[i] = Math.Exp(z[i] - max);
                all += z[i];
                pos += positive[i] ? z[i] : 0;
            }

            var partial = new double[dimensions];
            for (var i = 0; i < rows.Length; i++)
            {
                // d/dw [ -log(sum_pos e^z) + log(sum_all e^z) ]
                var coefficient = (z[i] / all) - (positive[i] ? z[i] / pos : 0);
                for (var d = 0; d < dimensions; d++)
                {
                    partial[d] += coefficient * rows[i][d];
                }
            }

            partials[g] = partial;
        });

        foreach (var partial in partials)
        {
            for (var d = 0; d < dimensions; d++)
            {
                total[d] += partial[d] / groups.Count;
            }
        }

        for (var d = 0; d < dimensions; d++)
        {
            total[d] += 2 * l2 * w[d];
        }

        return total;
    }

    /// <summary>Plain logistic regression (with bias as the last weight): P(label) = sigmoid(w·x + b).</summary>
    public static double[] FitLogistic(IReadOnlyList<(double[] Features, bool Label)> samples, int dimensions, int iterations = 3000, double learningRate = 0.05)
    {
        var w = new double[dimensions + 1];
        var m = new double[dimensions + 1];
        var v = new double[dimensions + 1];
        for (var t = 1; t <= iterations; t++)
        {
            var gradient = new double[dimensions + 1];
            foreach (var (x, label) in samples)
            {
                var z = w[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    z += w[d] * x[d];
                }

                var error = (1 / (1 + Math.Exp(-z))) - (label ? 1 : 0);
                for (var d = 0; d < dimensions; d++)
                {
                    gradient[d] += error * x[d] / samples.Count;
                }

                gradient[dimensions] += error / samples.Count;
            }

            for (var d = 0; d <= dimensions; d++)
            {
                m[d] = (0.9 * m[d]) + (0.1 * gradient[d]);
                v[d] = (0.999 * v[d]) + (0.001 * gradient[d] * gradient[d]);
                w[d] -= learningRate * (m[d] / (1 - Math.Pow(0.9, t))) / (Math.Sqrt(v[d] / (1 - Math.Pow(0.999, t))) + 1e-8);
            }
        }

        return w;
    }
}
