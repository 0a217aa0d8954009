# Demo survey: questions and answer options (Swahili / Kiswahili).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Je, kwa sasa uko likizo kutoka kwenye mafunzo au programu yako?
q-group = Unashiriki katika nini?
opt-group-training = Mafunzo ya Kinorwe na elimu ya jamii
opt-group-introduction = Programu ya utangulizi
opt-group-both = Vyote viwili

## Answers used by many questions

answer-yes = Ndiyo
answer-no = Hapana
scale-1 = Sikubali kabisa
scale-2 = Sikubali kidogo
scale-3 = Sikubali wala sikatai
scale-4 = Nakubali kidogo
scale-5 = Nakubali kabisa

## Block titles

block-background = Kuhusu wewe
block-training = Mafunzo ya Kinorwe
block-introduction = Programu ya utangulizi
block-wellbeing = Ustawi wako

## About you

q-age = Una umri gani?
opt-age-18-25 = Miaka 18 hadi 25
opt-age-26-35 = Miaka 26 hadi 35
opt-age-36-45 = Miaka 36 hadi 45
opt-age-46-55 = Miaka 46 hadi 55
opt-age-56-plus = Miaka 56 au zaidi
q-time-in-norway = Umeishi Norwei kwa muda gani?
opt-time-under-1 = Chini ya mwaka mmoja
opt-time-1-2 = Mwaka mmoja hadi miwili
opt-time-3-5 = Miaka mitatu hadi mitano
opt-time-over-5 = Zaidi ya miaka mitano
q-course-level = Uko kiwango gani katika mafunzo ya Kinorwe?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 au juu zaidi
opt-level-unknown = Sijui

## Norwegian language training and social studies

q-motivated = Ninataka kujifunza Kinorwe.
q-everyday-norwegian = Ninajifunza Kinorwe ninachoweza kutumia katika maisha ya kila siku.
q-teacher-explains = Mwalimu anaeleza kwa njia ninayoielewa.
q-pace = Kasi ya mafundisho inanifaa.
q-social-studies = Elimu ya jamii inanisaidia kuielewa Norwei.
q-use-outside = Ninatumia Kinorwe nje ya darasa.
q-practice-hours = Kwa wiki, unafanya mazoezi ya Kinorwe saa ngapi nje ya masomo?
opt-hours-0-1 = Saa sifuri hadi moja
opt-hours-2-5 = Saa mbili hadi tano
opt-hours-6-10 = Saa sita hadi kumi
opt-hours-over-10 = Zaidi ya saa kumi
q-helps-learning = Ni nini kinachokusaidia zaidi unapojifunza Kinorwe? Unaweza kuchagua jibu zaidi ya moja.
opt-help-teacher = Mwalimu
opt-help-classmates = Wanafunzi wengine darasani
opt-help-apps = Programu za simu na intaneti
opt-help-work = Kazi au mazoezi ya kazi
opt-help-media = TV, redio na magazeti
opt-help-friends = Marafiki na majirani

## The introduction programme

q-know-goal = Ninajua lengo la programu yangu ni nini.
q-made-plan = Je, ulishiriki katika kuandaa mpango wa programu yako?
q-programme-helps-work = Programu inanisaidia kupata kazi au elimu.
q-adviser-help = Ninapata msaada ninaohitaji kutoka kwa mshauri wangu wa programu.
q-had-work-practice = Je, umepata mazoezi ya kazi katika programu?
q-work-practice-useful = Mazoezi ya kazi yalikuwa na manufaa kwangu.
q-after-programme = Unataka kufanya nini baada ya programu?
opt-after-work = Kufanya kazi
opt-after-education = Kusoma
opt-after-both = Kufanya kazi na kusoma
opt-after-unknown = Sijui bado

## Wellbeing

q-thrive = Ninapenda kuwa katika shule ninayosoma.
q-safe = Ninajisikia salama katika shule ninayosoma.
q-respect = Ninatendewa kwa heshima.
q-someone-to-talk = Nina mtu wa kuzungumza naye ninapohitaji.
q-overall-satisfied = Kwa ujumla, ninaridhika na mafunzo ninayopata.
q-anything-else = Je, kuna kitu kingine unachotaka kutuambia? Unaweza kuruka swali hili.
