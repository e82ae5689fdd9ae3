package io.github.hubspotapt.processor.cache;

/**
 * The class file of a type a cached model was read from or depends on, and its stamp (size and
 * modification time, or a checksum; {@link #ABSENT} when there was none): the model stays valid
 * while every one of them reads the same.
 *
 * @param qualifiedName the type's name, to tell whether this compilation compiles it
 * @param packageName the package, as the Filer looks files up
 * @param fileName the class file's name in it ({@code Outer$Inner.class})
 * @param path where the class file was found on disk; empty when it was not, or was found in a jar:
 *     it is then looked up through the Filer again
 */
record ClassStamp(
    String qualifiedName, String packageName, String fileName, long stamp, String path) {

  static final long ABSENT = -1;

  ClassStamp withStamp(long stamp, String path) {
    return new ClassStamp(qualifiedName, packageName, fileName, stamp, path);
  }
}
