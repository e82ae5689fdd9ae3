package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.JavaFile;
import java.nio.file.Path;
import java.util.List;

/**
 * What the import of one project makes: Java sources, the front-end files to copy and what it could
 * not express.
 *
 * @param sourceFolder the project's source folder (srcDir), which the front-end files are relative
 *     to
 * @param sources the annotated classes
 * @param frontendFiles the files of the source folder that are not component files, relative to it
 * @param skippedMetaFiles the {@code *-hsmeta.json} files among the front-end files, which
 *     HubSpot's parser skips (each file, relative to the project folder, then why)
 * @param findings each field or file that the sources do not carry
 * @param leftBehind files of the project folder outside its source folder, which HubSpot does not
 *     upload
 */
public record ImportResult(
    Path sourceFolder,
    List<JavaFile> sources,
    List<String> frontendFiles,
    List<String> skippedMetaFiles,
    List<ImportFinding> findings,
    List<String> leftBehind) {}
