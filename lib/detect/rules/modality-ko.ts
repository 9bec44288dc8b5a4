/**
 * Korean modality: is the step planned, decided, done, a background detail, or a plan that
 * was missed? Tested in `../assess.ts` in a fixed order (background, past plan, decided,
 * planned, past, present); the first family that matches decides.
 */
import type { MarkerRule } from './types';

export const KO_MODALITY: readonly MarkerRule[] = [
  // ── background: the cue modifies a noun and is not the news ──
  // -던 (retrospective): 추진하던 사업, 가동하던 공장.
  { id: 'ko-bg-deon', effect: 'adnominal-background', scope: 'after', pattern: /^[가-힣]{0,3}(?:\s+(?:섰|왔|오|있|있었|해\s*왔|돼\s*왔|져\s*왔))?던(?![가-힣])/ },
  // -어 온 / -어 왔던 + noun: "출시가 미뤄져 온 KoGPT" describes the project, it is not the news.
  { id: 'ko-bg-on', effect: 'adnominal-background', scope: 'after', pattern: /^[가-힣]{0,3}\s+(?:온|와\s*있는|오던)\s/ },
  // A decision told as an attribute: 짓기로 한 데이터센터, 건립하기로 했던 공장.
  { id: 'ko-bg-decided-adnominal', effect: 'adnominal-background', scope: 'after', pattern: /^(?:[가-힣]{0,3}기)?로\s*(?:한|했던|됐던|된)\s|^[가-힣]{0,3}(?:기로|키로)\s*(?:한|했던|됐던|된)\s/ },
  // An ongoing state: 추진 중인, 건설 중, 가동하고 있는 공장.
  { id: 'ko-state-jung', effect: 'state', scope: 'after', pattern: /^\s*중(?:인|이던|이다|이며|이고|이었|에|으로)?(?![가-힣])/ },
  { id: 'ko-state-progressive-adnominal', effect: 'state', scope: 'after', pattern: /^[가-힣]{0,2}고\s*있(?:는|던)\s/ },
  // A time or purpose around the step: 착공 이후, 출시 전, 착공을 위한 인허가.
  // (Only a bare noun: "착공한 뒤" with a date is a recap, and the verb's match ends in 한.)
  { id: 'ko-bg-temporal', effect: 'adnominal-background', scope: 'after', pattern: /^\s*(?:이후|후|뒤|직후|이전|전|당시|과정|때|무렵|이래)(?:이다|이며|이고|인|에|까지|부터|에도|이어서)?(?![가-힣])|^\s*(?:에\s*앞서|에\s*대비|을\s*위한|를\s*위한|을\s*위해|를\s*위해|에\s*필요한|에\s*맞춰)|^\s*(?:[0-9]+|두|세|네|한|수)\s*(?:년|개월|달|일|주)\S*\s*만(?:에|인|이다)/ },

  // ── a plan that was not kept: 당초 올해 가동 예정이었지만 ──
  { id: 'ko-past-plan', effect: 'past-plan', scope: 'after', pattern: /^[^.,]{0,12}?(?:예정|계획|목표|방침)(?:이었|였|이던|했던|으로\s*잡았던|으로\s*했던)/ },
  // A promise told with the retrospective -던 is the old plan, not a current one: "연내 공개하겠다고 밝혔던 KoGPT".
  { id: 'ko-past-plan-promise', effect: 'past-plan', scope: 'after', pattern: /^[가-힣]{0,4}(?:겠다(?:고)?\s*[가-힣]{0,4}(?:했던|혔던|밝혔던|약속했던)|겠다던)(?![가-힣])/ },
  { id: 'ko-past-plan-head', effect: 'past-plan', scope: 'before', pattern: /(?:당초|애초|원래|본래)(?:에는|엔|는)?\s/ },

  // ── decided: 하기로 했다, 연기를 결정했다 ──
  { id: 'ko-decided', effect: 'decided', scope: 'after', pattern: /^[가-힣]{0,2}(?:기로|키로)|^[^.,]{0,8}?(?:을|를|으로|로)?\s*(?:결정|확정|의결|결의|가닥)(?:했|하|됐|한|된|을|를)/ },

  // ── planned: 할 계획, 가동 예정, 출시를 앞두고, 하겠다 ──
  { id: 'ko-planned-adnominal', effect: 'planned', scope: 'after', pattern: /^[가-힣]{0,3}(?:ㄹ|할|될|갈|을|일|설|날|킬|칠|들|올|볼|열)\s*(?:계획|예정|방침|목표|구상|방안|생각|것이다|것이라고|것이라|전략|방침)/ },
  { id: 'ko-planned-noun', effect: 'planned', scope: 'after', pattern: /^[^.,]{0,12}?(?:예정|계획|방침|목표로|목표|구상|시점|일정)(?![가-힣]*(?:이었|였))/ },
  { id: 'ko-planned-ahead', effect: 'planned', scope: 'after', pattern: /^(?:을|를|이|가)?\s*앞(?:두|둔|둬|뒀)/ },
  { id: 'ko-planned-will', effect: 'planned', scope: 'after', pattern: /^[가-힣]{0,2}겠|^[가-힣]{0,3}(?:하려|되려|하고자|려고|할\s*것)/ },

  // ── done: a past tense in the cue's predicate ──
  { id: 'ko-past', effect: 'past', scope: 'after', pattern: /^[^.,]{0,10}?(?:했|됐|였|었|았|뗐|떴|졌|췄|뤘|렸|섰|갔|왔|났|켰|쳤|냈|웠|혔|겼|봤|줬|셨|쳤|가졌|열었)/ },
  // A past adnominal: 착공한 테일러 공장, 무산된 사업, 문을 연 센터.
  { id: 'ko-past-adnominal', effect: 'past', scope: 'after', pattern: /^[한된진린뗀뜬연간난선온춘룬운인]\s/ },
  // ── present tense: 가동한다, 출시된다, 들어간다 (today, or a schedule) ──
  { id: 'ko-present', effect: 'present', scope: 'after', pattern: /^[^.,]{0,10}?(?:[한된간선온난진운친킨린인]다|는다|ㄴ다)(?![가-힣])|^[^.,]{0,10}?(?:[한된간선온난진]다|는다)고/ },

  // ── schedule reaffirmed, plan or step unchanged: no news (see assess.ts) ──
  { id: 'ko-reaffirmed', effect: 'reaffirmed', scope: 'clause', pattern: /예정대로|계획대로|일정대로|차질\s*없이|차질(?:이|은)?\s*없|변동(?:이|은)?\s*없|변함(?:이|은)?\s*없|정상(?:적으로)?\s*(?:추진|진행)|순조롭게|흔들림\s*없이|그대로\s*(?:유지|진행)|예정된\s*일정(?:에|대로)|일정에\s*맞춰/ },
  // ── lateness markers that make a negated step a delay ──
  { id: 'ko-lateness', effect: 'lateness', scope: 'clause', pattern: /아직|연내|올해\s*안|당초|애초|예정대로|계획대로|제때|기한|목표|끝내|여전히|예정보다|계획보다|일정보다|당초보다|지금까지|현재까지/ },
  // ── hedged sources: 알려졌다, 전해졌다 (a past fact reported second-hand) ──
  { id: 'ko-hedged', effect: 'hedged', scope: 'after', pattern: /^[^.,]{0,12}?(?:알려졌|전해졌|알려|전해)/ },
];
