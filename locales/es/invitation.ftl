# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = ¿Qué le parecen las clases?
invitation-page-intro = { $municipality } quiere saber qué opina usted de las clases de noruego y del programa de introducción. Responda en el móvil, la tableta o el ordenador.
invitation-page-anonymous = Es voluntario y anónimo. Nadie puede ver lo que usted responde.
invitation-page-steps = Escanee el código QR con la cámara, o escriba el enlace en el navegador. Elija su idioma. Puede escuchar todas las preguntas.
invitation-page-code = Si le piden un código, escriba: { $code }
invitation-page-deadline = Responda a más tardar el { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Díganos qué opina de las clases: { $link }

## The e-mail

invitation-email-subject = ¿Qué le parecen las clases? Responda la encuesta
invitation-email-body =
    ¡Hola!
    
    { $municipality } quiere saber qué opina usted de las clases de noruego y del programa de introducción.
    Es voluntario y anónimo. Nadie puede ver lo que usted responde.
    
    Abra el enlace en el móvil, la tableta o el ordenador, elija su idioma y responda las preguntas.
    Puede escuchar todas las preguntas.
    
    { $link }
    
    Si le piden un código, escriba: { $code }
    Responda a más tardar el { $close }.
    
    ¡Gracias por su ayuda!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = La encuesta en una clase en línea (Teams o Zoom)
invitation-lesson-steps =
    1. Pegue el enlace en el chat: { $link }
    2. Pida a los participantes que abran el enlace en su propio móvil, tableta u ordenador, no en la pantalla que usted comparte.
    3. Si a alguien le piden un código, escriba el código en el chat: { $code }
    4. Explique que la encuesta es anónima y que nadie, ni siquiera el profesor, puede ver las respuestas.
    5. Deje de compartir su pantalla mientras los participantes responden, y deles el tiempo que necesiten.
    6. Quien pierda la conexión puede terminar de responder: la respuesta se envía cuando vuelve la conexión.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = ¿Quiere probar primero? En la demostración no se guarda nada: { $demo }
invitation-lesson-demo = Antes de responder: muestre la demostración en la pantalla que comparte y recórranla juntos. No se guarda nada: { $demo }
