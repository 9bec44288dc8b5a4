/**
 * English abbreviations that end in a period, sorted by what the period may mean.
 * The sentence splitter looks the token before a period up here (case-sensitive: "US."
 * is not "U.S."); a token that is in none of these lists ends its sentence.
 */

/**
 * Never end a sentence: a title or a reference word is always followed by what it
 * qualifies ("Mr. Kim", "Dr. Lee", "vs. Intel", "e.g. Naver").
 */
export const EN_NEVER_FINAL: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Prof', 'Rev', 'Hon', 'Pres', 'Gov', 'Sen', 'Rep', 'Reps',
  'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Adm', 'Sgt', 'Cpl', 'Supt', 'Det', 'Insp', 'Amb', 'Atty',
  'Mt', 'Ft', 'St', 'Ste', 'vs', 'v', 'cf', 'ca', 'approx', 'e.g', 'i.e', 'viz', 'Gov', 'Rt', 'Sr',
]);

/**
 * End a sentence only before a number ("No. 3", "Vol. 2", "pp. 10-12"): otherwise the
 * period is an ordinary full stop after the word ("They said no.").
 */
export const EN_BEFORE_NUMBER: ReadonlySet<string> = new Set([
  'No', 'no', 'Nos', 'Vol', 'vol', 'p', 'pp', 'Fig', 'fig', 'Art', 'Sec', 'sec', 'Ch', 'ch', 'Par', 'Para', 'Op', 'Ex',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/**
 * May end a sentence ("… was acquired by Acme Inc. The deal …") or not ("Acme Inc. said");
 * the splitter ends the sentence only when the next word is a usual sentence opener.
 * Month abbreviations are here too: "Jan. 5" never ends, "in Jan. The …" does.
 */
export const EN_MAYBE_FINAL: ReadonlySet<string> = new Set([
  'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Plc', 'plc', 'LLC', 'L.L.C', 'LP', 'L.P', 'Bros', 'Assn', 'Assoc', 'Dept', 'Univ',
  'Jr', 'etc', 'al', 'Ave', 'Blvd', 'Rd', 'est', 'a.m', 'p.m', 'A.M', 'P.M', 'U.S', 'U.K', 'U.N', 'E.U', 'S.A',
  'N.V', 'B.V', 'A.G', 'D.C', 'N.Y', 'L.A', 'S.F', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept',
  'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun', 'min', 'max', 'yr', 'yrs',
]);

/**
 * Words that usually open an English sentence. After an abbreviation that may end a
 * sentence, one of these (capitalised) means a new sentence starts.
 */
export const EN_SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There',
  'In', 'On', 'At', 'By', 'For', 'From', 'With', 'As', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile',
  'Moreover', 'Also', 'Still', 'Then', 'After', 'Before', 'When', 'While', 'If', 'Although', 'Though', 'Since',
  'According', 'Shares', 'Analysts', 'Officials', 'Some', 'Many', 'Most', 'Other', 'Both', 'Each', 'His', 'Her',
  'Their', 'Our', 'Earlier', 'Later', 'Now', 'Under', 'Despite', 'Such', 'What', 'Why', 'How', 'Who', 'Where',
  'Separately', 'Instead', 'Overall', 'Last', 'Next', 'Construction', 'Production', 'Operations', 'Work',
]);
