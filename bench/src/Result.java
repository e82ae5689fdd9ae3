import java.util.List;
import java.util.Map;

/** One size's measurements: the runs per configuration, the files written, and HubSpot's parser's runs. */
record Result(Size size, int reps, Map<Config, List<Run>> runs, int filesWritten, int filesExpected,
    List<Long> validateNanos, String validateOutput) {}
