# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Що ви думаєте про навчання?
invitation-page-intro = { $municipality } хоче знати, що ви думаєте про навчання норвезької мови та вступну програму. Відповідайте на телефоні, планшеті або комп’ютері.
invitation-page-anonymous = Це добровільно й анонімно. Ніхто не побачить ваших відповідей.
invitation-page-steps = Відскануйте QR-код камерою або введіть посилання в браузері. Виберіть свою мову. Усі запитання можна послухати.
invitation-page-code = Якщо у вас запитають код, введіть: { $code }
invitation-page-deadline = Дайте відповідь не пізніше { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Розкажіть, як вам навчання: { $link }

## The e-mail

invitation-email-subject = Що ви думаєте про навчання? Пройдіть опитування
invitation-email-body =
    Вітаємо!
    
    { $municipality } хоче знати, що ви думаєте про навчання норвезької мови та вступну програму.
    Це добровільно й анонімно. Ніхто не побачить ваших відповідей.
    
    Відкрийте посилання на телефоні, планшеті або комп’ютері, виберіть свою мову і дайте відповіді на запитання.
    Усі запитання можна послухати.
    
    { $link }
    
    Якщо у вас запитають код, введіть: { $code }
    Дайте відповідь не пізніше { $close }.
    
    Дякуємо за допомогу!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = Опитування на онлайн-уроці (Teams або Zoom)
invitation-lesson-steps =
    1. Вставте посилання в чат: { $link }
    2. Попросіть учасників відкрити посилання на власному телефоні, планшеті або комп’ютері, а не на екрані, який ви показуєте.
    3. Якщо в когось запитають код, напишіть код у чаті: { $code }
    4. Скажіть, що опитування анонімне і що ніхто, навіть учитель, не бачить відповідей.
    5. Вимкніть показ свого екрана, поки учасники відповідають, і дайте їм стільки часу, скільки потрібно.
    6. Якщо в когось зникне інтернет, він усе одно зможе закінчити: відповідь надішлеться, коли інтернет повернеться.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Хочете спочатку спробувати? У демоверсії нічого не зберігається: { $demo }
invitation-lesson-demo = Перед відповідями: покажіть демоверсію на екрані, яким ви ділитеся, і пройдіть її разом. Нічого не зберігається: { $demo }
