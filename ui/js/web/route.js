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

/** How many questions this participant is asked in all, as far as can be told: a question
 *  waiting on an answer not yet given counts, and of the first such answer (the group) the
 *  choice that asks the most. The progress line then reads "1 of 25" from the start, not
 *  "1 of 2" until the group is chosen. `reached` are the questions shown so far. */
export function questionsInAll(rules, answers, reached) {
  const decided = (requirement, given) => reached.has(requirement.question) || given.has(requirement.question);
  const count = (given) =>
    rules.filter((rule) => rule.asked_when.every((r) => !decided(r, given) || isMet(r, given))).length;
  const requirements = rules.flatMap((rule) => rule.asked_when);
  const open = requirements.find((r) => r.kind === "any_of" && !decided(r, answers));
  if (!open) return count(answers);
  const choices = new Set(requirements.filter((r) => r.question === open.question).flatMap((r) => r.values));
  return Math.max(...[...choices].map((value) => count(new Map([...answers, [open.question, value]]))));
}
