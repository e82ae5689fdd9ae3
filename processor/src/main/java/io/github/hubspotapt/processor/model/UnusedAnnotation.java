package io.github.hubspotapt.processor.model;

/**
 * An annotation that only means something beside a component's own annotation, on a type without
 * it: {@code @AgentTool} without {@code @WorkflowAction}. Nothing reads it, so the model keeps it
 * to say so rather than drop it.
 *
 * @param annotation the annotation's simple name, {@code AgentTool}
 * @param needs the simple name of the component annotation it belongs beside, {@code
 *     WorkflowAction}
 */
public record UnusedAnnotation(Origin origin, String annotation, String needs) {}
