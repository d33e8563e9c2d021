import type { components } from "../src/client";

type LearningPathContent = components["schemas"]["LearningPathContent"];

/** A first-month path: a required activity, then a required reflection that waits for it. */
export function firstMonth(coalitionId: string, title: string): LearningPathContent {
    return {
        title,
        summary: "The first month of a new teacher, step by step.",
        languages: ["en"],
        topics: ["induction"],
        visibility: "EVERYONE",
        coalitionId,
        steps: [
            { key: "welcome", kind: "ACTIVITY", title: "Meet your mentor", required: true },
            {
                key: "reflect",
                kind: "REFLECTION",
                title: "Look back on the first week",
                required: true,
                dependsOn: ["welcome"],
                prompt: "What surprised you?",
            },
        ],
    };
}
