package io.github.hubspotapt.processor.cache;

/**
 * The class file of a type a cached model was read from or depends on, and a checksum of its content ({@link #ABSENT}
 * when there was none): the model stays valid while every one of them reads the same.
 *
 * @param qualifiedName the type's name, to tell whether this compilation compiles it
 * @param packageName the package, as the Filer looks files up
 * @param fileName the class file's name in it ({@code Outer$Inner.class})
 */
record ClassStamp(String qualifiedName, String packageName, String fileName, long checksum) {

  static final long ABSENT = -1;

  ClassStamp withChecksum(long checksum) {
    return new ClassStamp(qualifiedName, packageName, fileName, checksum);
  }
}
