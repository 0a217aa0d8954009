# Demo survey: questions and answer options (Spanish / Español).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = ¿Está usted de permiso de sus clases o de su programa ahora?
q-group = ¿En qué participa usted?
opt-group-training = Clases de noruego y de conocimiento de la sociedad
opt-group-introduction = El programa de introducción
opt-group-both = Las dos cosas

## Answers used by many questions

answer-yes = Sí
answer-no = No
scale-1 = Muy en desacuerdo
scale-2 = Algo en desacuerdo
scale-3 = Ni de acuerdo ni en desacuerdo
scale-4 = Algo de acuerdo
scale-5 = Muy de acuerdo

## Block titles

block-background = Sobre usted
block-training = Las clases de noruego
block-introduction = El programa de introducción
block-wellbeing = Bienestar

## About you

q-age = ¿Cuántos años tiene?
opt-age-18-25 = De 18 a 25 años
opt-age-26-35 = De 26 a 35 años
opt-age-36-45 = De 36 a 45 años
opt-age-46-55 = De 46 a 55 años
opt-age-56-plus = 56 años o más
q-time-in-norway = ¿Cuánto tiempo lleva viviendo en Noruega?
opt-time-under-1 = Menos de un año
opt-time-1-2 = De uno a dos años
opt-time-3-5 = De tres a cinco años
opt-time-over-5 = Más de cinco años
q-course-level = ¿En qué nivel está en las clases de noruego?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 o más alto
opt-level-unknown = No sé

## Norwegian language training and social studies

q-motivated = Tengo ganas de aprender noruego.
q-everyday-norwegian = Aprendo el noruego que necesito en mi vida diaria.
q-teacher-explains = El profesor explica de forma que yo entiendo.
q-pace = El ritmo de las clases es bueno para mí.
q-social-studies = El conocimiento de la sociedad me ayuda a entender Noruega.
q-use-outside = Uso el noruego fuera del aula.
q-practice-hours = ¿Cuántas horas a la semana practica noruego fuera de las clases?
opt-hours-0-1 = De cero a una hora
opt-hours-2-5 = De dos a cinco horas
opt-hours-6-10 = De seis a diez horas
opt-hours-over-10 = Más de diez horas
q-helps-learning = ¿Qué le ayuda más a aprender noruego? Puede elegir varias respuestas.
opt-help-teacher = El profesor
opt-help-classmates = Los otros compañeros de clase
opt-help-apps = Aplicaciones e internet
opt-help-work = El trabajo o las prácticas
opt-help-media = La televisión, la radio y los periódicos
opt-help-friends = Amigos y vecinos

## The introduction programme

q-know-goal = Sé cuál es el objetivo de mi programa.
q-made-plan = ¿Participó usted en hacer el plan de su programa?
q-programme-helps-work = El programa me ayuda a encontrar trabajo o empezar estudios.
q-adviser-help = Recibo la ayuda que necesito de mi asesor del programa.
q-had-work-practice = ¿Ha hecho prácticas de trabajo en el programa?
q-work-practice-useful = Las prácticas de trabajo fueron útiles para mí.
q-after-programme = ¿Qué quiere hacer después del programa?
opt-after-work = Trabajar
opt-after-education = Estudiar
opt-after-both = Trabajar y estudiar
opt-after-unknown = Todavía no lo sé

## Wellbeing

q-thrive = Me siento bien en mi escuela.
q-safe = Me siento seguro en mi escuela.
q-respect = Me tratan con respeto.
q-someone-to-talk = Tengo a alguien con quien hablar cuando lo necesito.
q-overall-satisfied = En general, estoy contento con las clases que recibo.
q-anything-else = ¿Quiere decirnos algo más? Puede saltar esta pregunta.
