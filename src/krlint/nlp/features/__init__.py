"""What a key result measures, as features with the spans that show them.

Each engineered feature mirrors a line of the output/outcome definition (README, "What krlint
judges"), so the weights argue in the definition's terms and a finding can name its evidence: who
acts (the head verb and its family), what is counted (artefacts, people, money, time), whether the
line is a done-or-not milestone, a capability, instrumentation, a property of the team's own
artefacts, a lever the team sets, or an outcome metric introduced as the purpose of the work.
Lexical features (`w:` lemmas) let the trained weights pick up what the lexicons miss.

One stage a module (`head`, `numbers`, `phrases`, `headline`, `activities`, `people`,
`clauses`, `shape`, `lexical`), run in order by `extractor.FeatureExtractor`; every feature's
name is a constant in `names`. This package's own import stays light (no spaCy): `names` is read
by the model when it loads its weights.
"""
