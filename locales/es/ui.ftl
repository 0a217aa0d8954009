# Screen texts of the kiosk (Spanish / Español).

## Welcome

welcome-greeting = ¡Bienvenido!
welcome-choose-language = Elija su idioma
welcome-instructions = Toque su idioma para empezar. Toque el altavoz para escuchar el texto.
welcome-start = Empezar

## Privacy notice

privacy-title = Sobre la encuesta
privacy-notice =
    Esta encuesta es anónima. No le preguntamos su nombre, y nadie puede ver lo que usted responde.
    Responder es voluntario. Puede parar cuando quiera, y entonces no se guarda nada.
    Sus respuestas se cifran y se envían a la Dirección de Integración y Diversidad, Integrerings- og mangfoldsdirektoratet (IMDi).
    Su municipio solo ve las respuestas de muchos participantes juntas, nunca una respuesta sola.
    La encuesta sigue el § 25 de la Ley de Introducción (introduksjonsloven) y el § 41 de la Ley de Integración (integreringsloven).
privacy-accept = Entiendo, continuar

## Moving through the survey

nav-next = Siguiente
nav-back = Atrás
nav-play = Escuchar
nav-stop-sound = Parar el sonido
progress = Pregunta { $current } de { $total }
free-text-placeholder = Escriba aquí si quiere
free-text-skip = Saltar
choose-one = Elija una respuesta.
choose-many = Elija una o más respuestas.

## Endings

screening-ended = ¡Gracias! Usted no debe responder la encuesta ahora. Avise a su profesor.
finish-thanks = ¡Muchas gracias por sus respuestas!
finish-next = Ahora puede responder la siguiente persona.
survey-closed = La encuesta está cerrada ahora.
survey-closed-detail = Está abierta desde el { $opens } hasta el { $closes }.

## Idle warning

idle-title = ¿Sigue ahí?
idle-countdown = La encuesta vuelve a empezar en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }, y sus respuestas se borrarán.
idle-continue = Quiero continuar

## Sound

sound-unavailable = El sonido no funciona en esta máquina.
display-text-size = Texto más grande
display-contrast = Colores más fuertes

## Practice mode

practice-banner = Versión de práctica: no se guarda nada.

## Coordinator mode

coord-title = Coordinador
coord-pin-set = Elija un PIN para el coordinador
coord-pin-enter = Escriba el PIN
coord-pin-confirm = Guardar PIN
coord-unlock = Desbloquear
coord-pack = Paquete de contenido
coord-period = La encuesta está abierta
coord-pending = Respuestas que esperan envío
coord-synced = Respuestas enviadas
coord-last-sync = Último envío
coord-never = Nunca
coord-audio = Sonido
coord-audio-ok = Funciona
coord-audio-missing = No hay dispositivo de sonido
coord-practice-on = Empezar una ronda de práctica
coord-practice-off = Cancelar la ronda de práctica
coord-enrol = Conectar con el municipio
coord-collector-url = Dirección del servicio de recogida
coord-access-code = Código de acceso del municipio
coord-kiosk-name = Nombre de este quiosco (opcional, por ejemplo Sala 204)
coord-enrolled = Conectado a { $municipality }
coord-sync = Enviar respuestas ahora
coord-sync-progress = Enviadas { $done } de { $total }
coord-sync-done = Todas las respuestas se han enviado.
coord-sync-stop = Detener el envío
coord-sync-retrying = El servicio de recogida no responde. Se vuelve a intentar (intento { $retries }).
coord-sync-stopped = El envío se ha detenido.
coord-sync-sent = Respuestas enviadas ahora: { $count }.
coord-sync-kept-future-date = Respuestas no aceptadas por ahora: { $count }. El servicio de recogida dice que su fecha es futura. Fecha de esta máquina: { $kiosk }. Fecha del servicio de recogida: { $collector }. Están guardadas de forma segura aquí y se enviarán de nuevo la próxima vez. Averigüe cuál de las dos fechas es incorrecta.
coord-sync-kept-outside-period = Respuestas no aceptadas por ahora: { $count }. Su fecha está fuera del periodo de la encuesta. Fecha de esta máquina: { $kiosk }. Fecha del servicio de recogida: { $collector }. Están guardadas de forma segura aquí y se enviarán de nuevo la próxima vez. Contacte con los responsables de la encuesta.
coord-sync-refused-other = Respuestas no aceptadas: { $count } ({ $reason }). Contacte con los responsables de la encuesta.
coord-sync-waiting = Respuestas que siguen esperando: { $count }. Están guardadas de forma segura en esta máquina y se enviarán la próxima vez.
coord-sync-new-content = Se ha instalado contenido nuevo (versión { $version }).
coord-exit = Salir del quiosco
coord-close = Cerrar
coord-pin-rule = El PIN tiene de 4 a 12 cifras.
coord-pin-again = Escriba el mismo PIN otra vez
coord-keypad-erase = Borrar
coord-auto-locked = La pantalla se bloqueó porque nadie la usó durante un rato.
coord-exit-question = ¿Quiere cerrar el quiosco? Nadie podrá responder hasta que se vuelva a iniciar.
coord-exit-yes = Sí, cerrar
coord-exit-no = No, volver
coord-practice-ready = La próxima persona recibe la versión de práctica. No se guarda nada. Después de una ronda, el quiosco vuelve a las respuestas reales.
coord-sound-test = Probar el sonido
coord-sound-test-playing = Ahora debería oír «¡Bienvenido!». Si no oye nada, revise el volumen y los auriculares.
coord-sound-test-none = No se encontró ningún dispositivo de sonido. Conecte auriculares o un altavoz y vuelva a iniciar el quiosco.
coord-voices = Idiomas leídos con la voz de otro idioma
coord-voices-none = Ninguno
coord-recorded = Clips grabados (el resto es voz sintética)
coord-recorded-none = Ninguno aún: todos los clips son voz sintética
coord-update-offered = La versión { $version } del quiosco está disponible. Pida al personal de informática que actualice este equipo (apt upgrade). Las respuestas que esperan aquí se conservan.

## Errors shown to people

error-answer-required = Tiene que responder a esta pregunta.
error-invalid-answer = Esta respuesta no corresponde a la pregunta.
error-pin-wrong = PIN incorrecto.
error-pin-throttled = Demasiados intentos. Espere { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
error-pin-too-short = El PIN debe tener al menos cuatro cifras.
error-pin-mismatch = Los dos PIN no son iguales. Escríbalos de nuevo.
error-no-network = No hay conexión con el servicio de recogida. Revise la red e inténtelo de nuevo.
error-wrong-code = El código de acceso es incorrecto.
error-locked-out = Demasiados intentos incorrectos. Inténtelo más tarde.
error-kiosk-revoked = Este quiosco se ha desconectado. Contacte con el municipio.
error-not-enrolled = El quiosco todavía no está conectado a un municipio.
error-collector-refused = El servicio de recogida no aceptó las respuestas.
error-collector-full = El servicio de recogida no tiene espacio y no pudo guardar las respuestas. Esperan seguras en este equipo; sincronice de nuevo más tarde.
error-collector-read-only = El servicio de recogida no puede guardar nada ahora. Las respuestas esperan seguras en este equipo; sincronice de nuevo más tarde.
error-certificate-expired = El certificado del servicio de recogida ha caducado (o el reloj de este equipo está mal). Las respuestas esperan seguras en este equipo.
error-certificate-wrong-name = El certificado del servicio de recogida se hizo para otro nombre que la dirección dada a este quiosco. Las respuestas esperan seguras en este equipo.
error-certificate-untrusted = El certificado del servicio de recogida no es de confianza en este equipo. Añada su autoridad de certificación a los ajustes del quiosco. Las respuestas esperan seguras aquí.
error-pack-invalid = El paquete de contenido no es válido y no se usará.
error-survey-closed = La encuesta no está abierta ahora.
error-storage = No se pudo guardar. No se ha perdido nada. Avise a su profesor.
error-audio = No se pudo reproducir el sonido.
error-internal = Algo salió mal. Avise a su profesor.
error-unsent-other-municipality = Esta máquina tiene respuestas que todavía no se han enviado. Envíelas antes de conectar la máquina a otro municipio.
error-insecure-collector = La dirección del servicio de recogida tiene que empezar por https://. Las respuestas solo se envían cifradas.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Escriba el código
web-code-help = El código está en el mensaje que recibió del municipio, por ejemplo 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Código
web-code-submit = Continuar
web-code-wrong = El código no es correcto. Revise si hay errores al escribir e inténtelo de nuevo.
web-code-throttled = Demasiados intentos. Espere { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } e inténtelo de nuevo.
web-code-throttled-spoken = Demasiados intentos. Espere un momento e inténtelo de nuevo.
web-code-offline = No tiene internet. Conéctese a internet para escribir el código.
web-language-not-kept = Este idioma no está guardado en este dispositivo y ahora no tienes conexión. Elige uno de los idiomas de abajo o vuelve a intentarlo cuando tengas conexión.
web-page-title = Encuesta anónima
web-more = Más opciones
web-insecure = Esta página no se abrió con una conexión segura (https). Su respuesta no se enviará desde aquí. Abra de nuevo el enlace que recibió.
web-sent = Su respuesta se ha enviado. ¡Gracias!
web-waiting = Su respuesta está guardada y cifrada en este aparato. Se enviará sola cuando vuelva a tener internet. Deje la página abierta, o ábrala de nuevo más tarde.
web-slowed = Ahora mismo llegan muchas respuestas a la vez. Su respuesta está guardada y cifrada en este aparato, y se enviará sola dentro de unos minutos. Deje la página abierta, o ábrala de nuevo más tarde.
web-another = Que responda otra persona

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Español
nav-done = Listo
nav-stop = Parar
stop-confirm = ¿Quiere parar? Sus respuestas se borrarán. No se guarda nada.
stop-yes = Sí, parar
stop-no = No, quiero seguir
screening-confirm = Ha respondido que sí. Entonces la encuesta termina aquí para usted. ¿Es correcto?
screening-confirm-yes = Sí, es correcto
error-nothing-chosen = No ha elegido nada. Toque una respuesta.
error-wrong-step = La pantalla ha cambiado. Ahora está aquí.
listen-all = Escuchar todo
volume-up = Más alto
volume-down = Más bajo
sound-playing = Se está oyendo el sonido. Toque para parar.
idle-spoken = ¿Sigue ahí? Si no toca la pantalla, la encuesta vuelve a empezar, y sus respuestas se borrarán.
coord-auto-play-on = Activar la lectura de las preguntas en voz alta
coord-auto-play-off = Desactivar la lectura de las preguntas en voz alta

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Esto es una demostración. Nada de lo que responde se guarda ni se envía.
invite-title = ¿Qué le parecen las clases?
invite-what = Queremos saber qué opina usted de las clases de noruego y del programa de introducción.
invite-anonymous = Es voluntario y anónimo. Nadie puede ver lo que usted responde.
invite-time = Se tarda unos diez minutos.
invite-ear = Puede escucharlo todo. Toque el altavoz para oír el texto. Toque su respuesta para elegirla.
invite-help = ¿Necesita ayuda? Pregunte a su profesor o a una persona de confianza.
invite-start = Empezar la encuesta
