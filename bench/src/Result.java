import java.util.List;
import java.util.Map;

/**
 * One size's measurements: the runs per configuration, the files written, HubSpot's parser's runs, and per edit the
 * warm JVM's runs and profiles (empty when not run).
 */
record Result(Size size, int reps, Map<Config, List<Run>> runs, int filesWritten, int filesExpected,
    List<Long> validateNanos, String validateOutput, List<WarmResult> warm, List<WarmProfile> warmProfiles) {}
