# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Что вы думаете об обучении?
invitation-page-intro = { $municipality } хочет знать, что вы думаете об обучении норвежскому языку и о вводной программе. Отвечайте на телефоне, планшете или компьютере.
invitation-page-anonymous = Это добровольно и анонимно. Никто не увидит ваши ответы.
invitation-page-steps = Отсканируйте QR-код камерой или введите ссылку в браузере. Выберите свой язык. Все вопросы можно послушать.
invitation-page-code = Если у вас спросят код, введите: { $code }
invitation-page-deadline = Ответьте не позднее { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Расскажите, как вам обучение: { $link }

## The e-mail

invitation-email-subject = Что вы думаете об обучении? Пройдите опрос
invitation-email-body =
    Здравствуйте!
    
    { $municipality } хочет знать, что вы думаете об обучении норвежскому языку и о вводной программе.
    Это добровольно и анонимно. Никто не увидит ваши ответы.
    
    Откройте ссылку на телефоне, планшете или компьютере, выберите свой язык и ответьте на вопросы.
    Все вопросы можно послушать.
    
    { $link }
    
    Если у вас спросят код, введите: { $code }
    Ответьте не позднее { $close }.
    
    Спасибо за помощь!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = Опрос на онлайн-уроке (Teams или Zoom)
invitation-lesson-steps =
    1. Вставьте ссылку в чат: { $link }
    2. Попросите участников открыть ссылку на своём телефоне, планшете или компьютере, а не на экране, который вы показываете.
    3. Если у кого-то спросят код, напишите код в чате: { $code }
    4. Скажите, что опрос анонимный и что никто, даже учитель, не видит ответы.
    5. Выключите показ своего экрана, пока участники отвечают, и дайте им столько времени, сколько нужно.
    6. Если у кого-то пропадёт интернет, он всё равно сможет закончить: ответ отправится, когда интернет вернётся.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Хотите сначала попробовать? В демоверсии ничего не сохраняется: { $demo }
invitation-lesson-demo = Перед ответами: покажите демоверсию на экране, который вы показываете, и пройдите её вместе. Ничего не сохраняется: { $demo }
