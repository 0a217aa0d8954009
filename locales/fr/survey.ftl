# Demo survey: questions and answer options (French / Français).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Êtes-vous en congé de votre formation ou de votre programme en ce moment ?
q-group = À quoi participez-vous ?
opt-group-training = Cours de norvégien et de connaissance de la société
opt-group-introduction = Le programme d’introduction
opt-group-both = Les deux

## Answers used by many questions

answer-yes = Oui
answer-no = Non
scale-1 = Pas du tout d’accord
scale-2 = Plutôt pas d’accord
scale-3 = Ni d’accord ni pas d’accord
scale-4 = Plutôt d’accord
scale-5 = Tout à fait d’accord

## Block titles

block-background = À propos de vous
block-training = Les cours de norvégien
block-introduction = Le programme d’introduction
block-wellbeing = Bien-être

## About you

q-age = Quel âge avez-vous ?
opt-age-18-25 = 18 à 25 ans
opt-age-26-35 = 26 à 35 ans
opt-age-36-45 = 36 à 45 ans
opt-age-46-55 = 46 à 55 ans
opt-age-56-plus = 56 ans ou plus
q-time-in-norway = Depuis combien de temps habitez-vous en Norvège ?
opt-time-under-1 = Moins d’un an
opt-time-1-2 = Un à deux ans
opt-time-3-5 = Trois à cinq ans
opt-time-over-5 = Plus de cinq ans
q-course-level = Quel est votre niveau dans les cours de norvégien ?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 ou plus
opt-level-unknown = Je ne sais pas

## Norwegian language training and social studies

q-motivated = J’ai envie d’apprendre le norvégien.
q-everyday-norwegian = J’apprends un norvégien utile dans ma vie de tous les jours.
q-teacher-explains = L’enseignant explique de façon que je comprenne.
q-pace = Le rythme des cours me convient.
q-social-studies = La connaissance de la société m’aide à comprendre la Norvège.
q-use-outside = J’utilise le norvégien en dehors de la classe.
q-practice-hours = Combien d’heures par semaine pratiquez-vous le norvégien en dehors des cours ?
opt-hours-0-1 = Zéro à une heure
opt-hours-2-5 = Deux à cinq heures
opt-hours-6-10 = Six à dix heures
opt-hours-over-10 = Plus de dix heures
q-helps-learning = Qu’est-ce qui vous aide le plus à apprendre le norvégien ? Vous pouvez choisir plusieurs réponses.
opt-help-teacher = L’enseignant
opt-help-classmates = Les autres élèves de la classe
opt-help-apps = Les applications et internet
opt-help-work = Le travail ou le stage
opt-help-media = La télé, la radio et les journaux
opt-help-friends = Les amis et les voisins

## The introduction programme

q-know-goal = Je sais quel est le but de mon programme.
q-made-plan = Avez-vous participé à faire le plan de votre programme ?
q-programme-helps-work = Le programme m’aide à trouver un travail ou une formation.
q-adviser-help = Je reçois l’aide dont j’ai besoin de mon conseiller du programme.
q-had-work-practice = Avez-vous fait un stage en entreprise dans le programme ?
q-work-practice-useful = Le stage en entreprise m’a été utile.
q-after-programme = Que voulez-vous faire après le programme ?
opt-after-work = Travailler
opt-after-education = Faire des études
opt-after-both = Travailler et faire des études
opt-after-unknown = Je ne sais pas encore

## Wellbeing

q-thrive = Je me sens bien dans mon école.
q-safe = Je me sens en sécurité dans mon école.
q-respect = On me traite avec respect.
q-someone-to-talk = J’ai quelqu’un à qui parler quand j’en ai besoin.
q-overall-satisfied = En général, je suis content de la formation que je reçois.
q-anything-else = Voulez-vous nous dire autre chose ? Vous pouvez passer cette question.
