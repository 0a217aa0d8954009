# Demo survey: questions and answer options (Somali / Soomaali).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Hadda fasax ma ka haysataa waxbarashadaada ama barnaamijkaaga?
q-group = Maxaad ka qayb qaadataa?
opt-group-training = Waxbarashada af-Noorwiijiga iyo aqoonta bulshada
opt-group-introduction = Barnaamijka hordhaca
opt-group-both = Labadaba

## Answers used by many questions

answer-yes = Haa
answer-no = Maya
scale-1 = Gabi ahaanba ma oggoli
scale-2 = Xoogaa ma oggoli
scale-3 = Ma oggoli, mana diidi
scale-4 = Xoogaa waan oggolahay
scale-5 = Gabi ahaanba waan oggolahay

## Block titles

block-background = Adiga ku saabsan
block-training = Waxbarashada af-Noorwiijiga
block-introduction = Barnaamijka hordhaca
block-wellbeing = Ku faraxsanaanta

## About you

q-age = Immisa jir baad tahay?
opt-age-18-25 = 18 ilaa 25 sano
opt-age-26-35 = 26 ilaa 35 sano
opt-age-36-45 = 36 ilaa 45 sano
opt-age-46-55 = 46 ilaa 55 sano
opt-age-56-plus = 56 sano ama ka weyn
q-time-in-norway = Muddo intee le'eg ayaad ku noolayd Noorweey?
opt-time-under-1 = In ka yar hal sano
opt-time-1-2 = Hal ilaa laba sano
opt-time-3-5 = Saddex ilaa shan sano
opt-time-over-5 = In ka badan shan sano
q-course-level = Heerkee ayaad ku jirtaa waxbarashada af-Noorwiijiga?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 ama ka sarreeya
opt-level-unknown = Ma garanayo

## Norwegian language training and social studies

q-motivated = Waxaan rabaa inaan barto af-Noorwiijiga.
q-everyday-norwegian = Waxaan baranayaa af-Noorwiiji aan ku isticmaali karo nolol maalmeedka.
q-teacher-explains = Macallinku wuxuu u sharxaa si aan u fahmo.
q-pace = Xawaaraha waxbarashadu wuu igu habboon yahay.
q-social-studies = Aqoonta bulshadu waxay iga caawisaa inaan fahmo Noorweey.
q-use-outside = Af-Noorwiijiga waxaan ku isticmaalaa meel ka baxsan fasalka.
q-practice-hours = Toddobaadkii immisa saacadood ayaad ku tababartaa af-Noorwiijiga, marka laga reebo casharrada?
opt-hours-0-1 = Eber ilaa hal saac
opt-hours-2-5 = Laba ilaa shan saacadood
opt-hours-6-10 = Lix ilaa toban saacadood
opt-hours-over-10 = In ka badan toban saacadood
q-helps-learning = Maxaa ugu badan kaa caawiya markaad baranayso af-Noorwiijiga? Waxaad dooran kartaa jawaabo badan.
opt-help-teacher = Macallinka
opt-help-classmates = Ardayda kale ee fasalka
opt-help-apps = App-yada iyo internetka
opt-help-work = Shaqo ama tababar shaqo
opt-help-media = TV, raadiyo iyo wargeysyo
opt-help-friends = Saaxiibbo iyo deris

## The introduction programme

q-know-goal = Waan ogahay waxa uu yahay hadafka barnaamijkayga.
q-made-plan = Ma ka qayb qaadatay samaynta qorshaha barnaamijkaaga?
q-programme-helps-work = Barnaamijku wuxuu iga caawiyaa inaan helo shaqo ama waxbarasho.
q-adviser-help = Waxaan ka helaa la-taliyaha barnaamijkayga caawimaadda aan u baahanahay.
q-had-work-practice = Barnaamijka dhexdiisa ma ku qabatay tababar shaqo?
q-work-practice-useful = Tababarka shaqadu wuu ii faa'iido lahaa.
q-after-programme = Maxaad rabtaa inaad samayso barnaamijka kadib?
opt-after-work = Inaan shaqeeyo
opt-after-education = Inaan wax barto
opt-after-both = Inaan shaqeeyo iyo inaan wax barto labadaba
opt-after-unknown = Weli ma garanayo

## Wellbeing

q-thrive = Waan ku faraxsanahay dugsiga aan dhigto.
q-safe = Waxaan dareemaa ammaan dugsiga aan dhigto.
q-respect = Si ixtiraam leh ayaa la iila dhaqmaa.
q-someone-to-talk = Waxaan leeyahay qof aan la hadlo markaan u baahdo.
q-overall-satisfied = Guud ahaan, waan ku qanacsanahay waxbarashada aan helo.
q-anything-else = Ma jiraa wax kale oo aad rabto inaad noo sheegto? Waad ka boodi kartaa su'aashan.
