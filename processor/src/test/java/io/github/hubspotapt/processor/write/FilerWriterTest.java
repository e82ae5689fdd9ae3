package io.github.hubspotapt.processor.write;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * When the project goes into the generated sources directly instead of through javac's Filer: past
 * a limit the user set, else once the Filer's comparisons of each new file with every source file
 * and every file before it would cost more than about 100 ms.
 */
class FilerWriterTest {

  private static final int AUTOMATIC = -1;

  @Test
  void withoutALimitTheBenchmarksMidSizedProjectGoesThroughTheFiler() {
    // 153 files among 1,000 sources: ~165,000 comparisons.
    assertFalse(FilerWriter.writesDirectly(AUTOMATIC, 153, 1_000));
    // 200 components in a module of 10,000 classes: ~1.5 million, still under the limit.
    assertFalse(FilerWriter.writesDirectly(AUTOMATIC, 153, 10_000));
  }

  @Test
  void withoutALimitThousandsOfFilesAmongThousandsOfSourcesAreWrittenDirectly() {
    // 1,878 files among 2,501 sources: ~6.5 million comparisons, most of that compilation's
    // processor time.
    assertTrue(FilerWriter.writesDirectly(AUTOMATIC, 1_878, 2_501));
    assertTrue(FilerWriter.writesDirectly(AUTOMATIC, 6_920, 10_001));
    // The files alone weigh too: 2,000 files compare ~2 million times with each other.
    assertTrue(FilerWriter.writesDirectly(AUTOMATIC, 2_100, 10));
  }

  @Test
  void theUsersLimitIsAPlainCountOfFiles() {
    assertTrue(FilerWriter.writesDirectly(2, 3, 1));
    assertFalse(FilerWriter.writesDirectly(2, 2, 1_000_000));
    assertFalse(FilerWriter.writesDirectly(5_000, 1_878, 2_501));
    assertTrue(FilerWriter.writesDirectly(0, 1, 0));
  }
}
