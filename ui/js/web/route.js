// Which questions a participant is asked: the survey crate's routing rules (survey::routing),
// shipped as data and evaluated here exactly as Requirement::is_met evaluates them in Rust.

/** One requirement on an earlier question's single answer (a string; a list is no choice). */
export function isMet(requirement, answers) {
  const answer = answers.get(requirement.question);
  const chosen = typeof answer === "string" && requirement.values.includes(answer);
  return requirement.kind === "any_of" ? chosen : !chosen;
}

/** The ids of the questions to ask, in order, as far as the answers so far decide them. */
export function questionsToAsk(rules, answers) {
  return rules
    .filter((rule) => rule.asked_when.every((requirement) => isMet(requirement, answers)))
    .map((rule) => rule.question);
}
