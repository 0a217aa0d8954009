# Demo survey: questions and answer options (English).

## Screening and participant group

q-on-leave = Are you on leave from your training or programme right now?
q-group = What are you taking part in?
opt-group-training = Norwegian language training and social studies
opt-group-introduction = The introduction programme
opt-group-both = Both

## Answers used by many questions

answer-yes = Yes
answer-no = No
scale-1 = Strongly disagree
scale-2 = Somewhat disagree
scale-3 = Neither agree nor disagree
scale-4 = Somewhat agree
scale-5 = Strongly agree

## Block titles

block-background = About you
block-training = Norwegian training
block-introduction = The introduction programme
block-wellbeing = Wellbeing

## About you

q-age = How old are you?
opt-age-18-25 = 18 to 25 years
opt-age-26-35 = 26 to 35 years
opt-age-36-45 = 36 to 45 years
opt-age-46-55 = 46 to 55 years
opt-age-56-plus = 56 years or older
q-time-in-norway = How long have you lived in Norway?
opt-time-under-1 = Less than one year
opt-time-1-2 = One to two years
opt-time-3-5 = Three to five years
opt-time-over-5 = More than five years
q-course-level = What level are you at in your Norwegian training?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 or higher
opt-level-unknown = I don't know

## Norwegian language training and social studies

q-motivated = I want to learn Norwegian.
q-everyday-norwegian = I learn Norwegian that I can use in everyday life.
q-teacher-explains = The teacher explains so that I understand.
q-pace = The pace of the teaching suits me.
q-social-studies = Social studies help me understand Norway.
q-use-outside = I use Norwegian outside the classroom.
q-practice-hours = How many hours a week do you practise Norwegian outside class?
opt-hours-0-1 = Zero to one hour
opt-hours-2-5 = Two to five hours
opt-hours-6-10 = Six to ten hours
opt-hours-over-10 = More than ten hours
q-helps-learning = What helps you most when you learn Norwegian? You can choose more than one answer.
opt-help-teacher = The teacher
opt-help-classmates = The others in the class
opt-help-apps = Apps and the internet
opt-help-work = Work or work practice
opt-help-media = TV, radio and newspapers
opt-help-friends = Friends and neighbours

## The introduction programme

q-know-goal = I know what the goal of my programme is.
q-made-plan = Did you take part in making the plan for your programme?
q-programme-helps-work = The programme helps me get work or education.
q-adviser-help = I get the help I need from my programme adviser.
q-had-work-practice = Have you had work practice in the programme?
q-work-practice-useful = The work practice was useful for me.
q-after-programme = What do you want to do after the programme?
opt-after-work = Work
opt-after-education = Study
opt-after-both = Both work and study
opt-after-unknown = I don't know yet

## Wellbeing

q-thrive = I like being at my school.
q-safe = I feel safe where I go to school.
q-respect = I am treated with respect.
q-someone-to-talk = I have someone to talk to when I need it.
q-overall-satisfied = All in all, I am happy with the training I get.
q-anything-else = Is there anything else you want to tell us? You can skip this question.
