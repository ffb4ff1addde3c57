<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the Moderator workstation</source>
        <translation>Acerca del puesto de moderación</translation>
    </message>
    <message>
        <source>Moderator workstation %1</source>
        <translation>Puesto de moderación %1</translation>
    </message>
    <message>
        <source>Offline-first review of marketplace listings. Photos are pre-screened on this computer with the models below; their licences apply to the model files.</source>
        <translation>Revisión de anuncios que funciona sin conexión. Las fotos se analizan previamente en este equipo con los modelos siguientes; sus licencias se aplican a los archivos de los modelos.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Uphold on appeal</source>
        <translation>Confirmar en la reclamación</translation>
    </message>
    <message>
        <source>Reverse on appeal</source>
        <translation>Revocar en la reclamación</translation>
    </message>
</context>
<context>
    <name>AppealColumn</name>
    <message>
        <source>The appeal</source>
        <translation>La reclamación</translation>
    </message>
    <message>
        <source>Decision under appeal</source>
        <translation>Decisión recurrida</translation>
    </message>
    <message>
        <source>Its statement of reasons</source>
        <translation>Su declaración de motivos</translation>
    </message>
    <message>
        <source>the seller</source>
        <translation>el vendedor</translation>
    </message>
    <message>
        <source>the notifier</source>
        <translation>el notificante</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>vence en %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>con %1 de retraso</translation>
    </message>
    <message>
        <source>From %1, received %2 ago · %3</source>
        <translation>De %1, recibida hace %2 · %3</translation>
    </message>
    <message>
        <source>Decided %1 · %2</source>
        <translation>Decidida el %1 · %2</translation>
    </message>
    <message>
        <source>None: the decision restricted nothing.</source>
        <translation>Ninguna: la decisión no restringió nada.</translation>
    </message>
    <message>
        <source>Reply to the appellant if you uphold</source>
        <translation>Respuesta al reclamante si mantiene la decisión</translation>
    </message>
    <message>
        <source>Reply to the appellant if you reverse</source>
        <translation>Respuesta al reclamante si revoca la decisión</translation>
    </message>
</context>
<context>
    <name>AppealFlow</name>
    <message>
        <source>Reversing an approval removes the listing: choose at least one reason, then Enter.</source>
        <translation>Revocar una aprobación retira el anuncio: elija al menos un motivo y pulse Intro.</translation>
    </message>
    <message>
        <source>No reason codes are available to reverse this approval.</source>
        <translation>No hay motivos disponibles para revocar esta aprobación.</translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached. The outcome is kept as confirmed; Enter sends it again.</source>
        <translation>No enviado: no se puede contactar con el servidor. El resultado queda confirmado; Intro lo envía de nuevo.</translation>
    </message>
    <message>
        <source>Outcome recorded. Next appeal…</source>
        <translation>Resultado registrado. Siguiente reclamación…</translation>
    </message>
    <message>
        <source>Uphold the decision</source>
        <translation>Mantener la decisión</translation>
    </message>
    <message>
        <source>Reverse the decision (then reasons, for an approval)</source>
        <translation>Revocar la decisión (y luego los motivos, para una aprobación)</translation>
    </message>
    <message>
        <source>Write the reply to the appellant</source>
        <translation>Escribir la respuesta al reclamante</translation>
    </message>
    <message>
        <source>Send the outcome (or send it again)</source>
        <translation>Enviar el resultado (o reenviarlo)</translation>
    </message>
    <message>
        <source>Back: leave the reasons or the reply</source>
        <translation>Volver: salir de los motivos o de la respuesta</translation>
    </message>
    <message>
        <source>Give the appeal back to the queue</source>
        <translation>Devolver la reclamación a la cola</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Mostrar estos atajos</translation>
    </message>
</context>
<context>
    <name>AppealScreen</name>
    <message>
        <source>Photo not available</source>
        <translation>Foto no disponible</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Uphold   U</source>
        <translation>Mantener   U</translation>
    </message>
    <message>
        <source>Reverse   R</source>
        <translation>Revocar   R</translation>
    </message>
    <message>
        <source>Give back   S</source>
        <translation>Devolver   S</translation>
    </message>
    <message>
        <source>Send   ↵</source>
        <translation>Enviar   ↵</translation>
    </message>
    <message>
        <source>Your reasons, added to the reply (M)</source>
        <translation>Sus razones, añadidas a la respuesta (M)</translation>
    </message>
    <message>
        <source>No appeal could be claimed: %1</source>
        <translation>No se pudo tomar ninguna reclamación: %1</translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation>Publicado el %1</translation>
    </message>
    <message>
        <source>The server refused the outcome: %1</source>
        <translation>El servidor rechazó el resultado: %1</translation>
    </message>
    <message>
        <source>Reasons, when reversing an approval</source>
        <translation>Motivos, al revocar una aprobación</translation>
    </message>
    <message>
        <source>Reveal a blurred photo</source>
        <translation>Mostrar una foto difuminada</translation>
    </message>
    <message>
        <source>Appeals are decided by a person, never by the moderator who took the decision.</source>
        <translation>Las reclamaciones las decide una persona, nunca el moderador que tomó la decisión.</translation>
    </message>
    <message>
        <source>Appeal shortcuts</source>
        <translation>Atajos de las reclamaciones</translation>
    </message>
    <message>
        <source>Claiming the next appeal…</source>
        <translation>Tomando la siguiente reclamación…</translation>
    </message>
    <message>
        <source>No appeal is waiting for you.
Press Enter to look again.</source>
        <translation>No le espera ninguna reclamación.
Pulse Intro para volver a mirar.</translation>
    </message>
    <message>
        <source>Appeal %1 · decision %2</source>
        <translation>Reclamación %1 · decisión %2</translation>
    </message>
    <message>
        <source>Read the appeal and the decision: U upholds it, R reverses it.</source>
        <translation>Lea la reclamación y la decisión: U la mantiene, R la revoca.</translation>
    </message>
    <message>
        <source>Reversing an approval removes the listing: choose the reasons (1–9), then Enter.</source>
        <translation>Revocar una aprobación retira el anuncio: elija los motivos (1–9) y pulse Intro.</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>%1: M adds your reasons to the reply, Enter sends, Esc goes back.</source>
        <translation>%1: M añade sus razones a la respuesta, Intro envía, Esc vuelve.</translation>
    </message>
    <message>
        <source>Sending the outcome…</source>
        <translation>Enviando el resultado…</translation>
    </message>
</context>
<context>
    <name>AppealsPanel</name>
    <message>
        <source>Appeals and reversals on appeal, with the 95% interval</source>
        <translation>Reclamaciones y revocaciones en reclamación, con el intervalo del 95 %</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>A decision reversed on appeal counts as an error in the error rates</source>
        <translation>Una decisión revocada en reclamación cuenta como error en las tasas de error</translation>
    </message>
    <message>
        <source>Notifiers flagged for manifestly unfounded notices</source>
        <translation>Notificantes señalados por notificaciones manifiestamente infundadas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Reason, as given in the prior warning</source>
        <translation>Motivo, tal como se indicó en la advertencia previa</translation>
    </message>
    <message>
        <source>Suspend the notices</source>
        <translation>Suspender las notificaciones</translation>
    </message>
    <message>
        <source>Lift the suspension</source>
        <translation>Levantar la suspensión</translation>
    </message>
    <message>
        <source>Appeal rate: appeals filed against the group&apos;s decisions. Reversal rate: reversals among the appeals decided; with few decided appeals the interval is wide. Decisions taken on appeal are not counted.</source>
        <translation>Tasa de reclamación: reclamaciones presentadas contra las decisiones del grupo. Tasa de revocación: revocaciones entre las reclamaciones decididas; con pocas reclamaciones decididas el intervalo es amplio. No se cuentan las decisiones tomadas en reclamación.</translation>
    </message>
    <message>
        <source>The appeal figures could not be loaded: %1</source>
        <translation>No se pudieron cargar las cifras de reclamaciones: %1</translation>
    </message>
    <message>
        <source>No decisions in this range.</source>
        <translation>No hay decisiones en este periodo.</translation>
    </message>
    <message>
        <source>No notifier is flagged.</source>
        <translation>Ningún notificante está señalado.</translation>
    </message>
    <message>
        <source>Flagged: at least %1 manifestly unfounded notices in the last %2 days. A user&apos;s notices may be suspended for a time after a warning (Art. 23); trusted flaggers cannot be.</source>
        <translation>Señalado: al menos %1 notificaciones manifiestamente infundadas en los últimos %2 días. Las notificaciones de un usuario pueden suspenderse un tiempo tras una advertencia (art. 23); las de los alertadores fiables no.</translation>
    </message>
    <message>
        <source>Notices suspended.</source>
        <translation>Notificaciones suspendidas.</translation>
    </message>
    <message>
        <source>Not suspended: %1</source>
        <translation>No suspendido: %1</translation>
    </message>
    <message>
        <source>Suspension lifted.</source>
        <translation>Suspensión levantada.</translation>
    </message>
    <message>
        <source>Not lifted: %1</source>
        <translation>No levantada: %1</translation>
    </message>
    <message>
        <source>Setting saved: the error rates are computed again.</source>
        <translation>Ajuste guardado: las tasas de error se recalculan.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>No se pudo guardar el ajuste: %1</translation>
    </message>
</context>
<context>
    <name>AuditFlow</name>
    <message>
        <source>Blind decision: approve</source>
        <translation>Decisión a ciegas: aprobar</translation>
    </message>
    <message>
        <source>Blind decision: reject, then 1–9 and Enter</source>
        <translation>Decisión a ciegas: rechazar, luego 1–9 e Intro</translation>
    </message>
    <message>
        <source>Blind decision: escalate</source>
        <translation>Decisión a ciegas: escalar</translation>
    </message>
    <message>
        <source>Verdict: agree with the moderator</source>
        <translation>Veredicto: de acuerdo con el moderador</translation>
    </message>
    <message>
        <source>Verdict: disagree</source>
        <translation>Veredicto: en desacuerdo</translation>
    </message>
    <message>
        <source>Severity: critical, major, minor</source>
        <translation>Gravedad: crítica, grave, leve</translation>
    </message>
    <message>
        <source>After the reveal: the correct decision</source>
        <translation>Tras la revelación: la decisión correcta</translation>
    </message>
    <message>
        <source>Write the comment</source>
        <translation>Escribir el comentario</translation>
    </message>
    <message>
        <source>Submit the verdict and open the next sample</source>
        <translation>Enviar el veredicto y abrir la siguiente muestra</translation>
    </message>
    <message>
        <source>Give the sample back and open the next</source>
        <translation>Devolver la muestra y abrir la siguiente</translation>
    </message>
    <message>
        <source>Back: leave the reasons or the comment</source>
        <translation>Volver: salir de los motivos o del comentario</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Mostrar estos atajos</translation>
    </message>
    <message>
        <source>Press Y to agree or D to disagree first.</source>
        <translation>Pulse primero Y (de acuerdo) o D (en desacuerdo).</translation>
    </message>
    <message>
        <source>Choose a severity: 1 critical, 2 major, 3 minor.</source>
        <translation>Elija una gravedad: 1 crítica, 2 grave, 3 leve.</translation>
    </message>
    <message>
        <source>This verdict contradicts the decisions: press Y or D again.</source>
        <translation>Este veredicto contradice las decisiones: pulse de nuevo Y o D.</translation>
    </message>
    <message>
        <source>The blind decision is recorded: finish the verdict.</source>
        <translation>La decisión a ciegas está registrada: termine el veredicto.</translation>
    </message>
    <message>
        <source>Decide first: the original decision is revealed after yours.</source>
        <translation>Decida primero: la decisión original se muestra después de la suya.</translation>
    </message>
    <message>
        <source>Choose at least one reason (1–9), then Enter.</source>
        <translation>Elija al menos un motivo (1–9) y luego Intro.</translation>
    </message>
    <message>
        <source>Calibration items cannot be skipped.</source>
        <translation>Los elementos de calibración no se pueden saltar.</translation>
    </message>
    <message>
        <source>Name the correct decision: A, R or E.</source>
        <translation>Indique la decisión correcta: A, R o E.</translation>
    </message>
    <message>
        <source>Severity applies to a disagreement: press D first.</source>
        <translation>La gravedad se aplica a un desacuerdo: pulse primero D.</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Photo not available</source>
        <translation>Foto no disponible</translation>
    </message>
    <message>
        <source>QA audit</source>
        <translation>Auditoría de calidad</translation>
    </message>
    <message>
        <source>QA samples, any queue</source>
        <translation>Muestras de auditoría, cualquier cola</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Calibration: %1 (%2 left)</source>
        <translation>Calibración: %1 (quedan %2)</translation>
    </message>
    <message>
        <source>No sample could be claimed: %1</source>
        <translation>No se pudo reservar ninguna muestra: %1</translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation>Publicado el %1</translation>
    </message>
    <message>
        <source>Answer recorded.</source>
        <translation>Respuesta registrada.</translation>
    </message>
    <message>
        <source>This sample&apos;s lease ran out (%1); it was claimed again.</source>
        <translation>La reserva de esta muestra caducó (%1); se ha vuelto a reservar.</translation>
    </message>
    <message>
        <source>Audit recorded. Next sample…</source>
        <translation>Auditoría registrada. Siguiente muestra…</translation>
    </message>
    <message>
        <source>Claiming the next sample…</source>
        <translation>Reservando la siguiente muestra…</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.
Press Enter to look again.</source>
        <translation>No hay nada pendiente de revisión.
Pulse Intro para volver a mirar.</translation>
    </message>
    <message>
        <source>This calibration set is done. Thank you.</source>
        <translation>Esta serie de calibración está terminada. Gracias.</translation>
    </message>
    <message>
        <source>Press Enter to claim a sample.</source>
        <translation>Pulse Intro para reservar una muestra.</translation>
    </message>
    <message>
        <source>Calibration item %1 of %2</source>
        <translation>Elemento de calibración %1 de %2</translation>
    </message>
    <message>
        <source>Sample %1 · queue %2</source>
        <translation>Muestra %1 · cola %2</translation>
    </message>
    <message>
        <source>Comment for the moderator (%1)</source>
        <translation>Comentario para el moderador (%1)</translation>
    </message>
    <message>
        <source>Comment for the moderator</source>
        <translation>Comentario para el moderador</translation>
    </message>
</context>
<context>
    <name>AuditShortcutSheet</name>
    <message>
        <source>Audit shortcuts</source>
        <translation>Atajos de la auditoría</translation>
    </message>
    <message>
        <source>Same keys as the review screen where the meaning is the same. V reveals a blurred photo.</source>
        <translation>Las mismas teclas que en la pantalla de revisión cuando significan lo mismo. V muestra una foto desenfocada.</translation>
    </message>
</context>
<context>
    <name>AuditorsPanel</name>
    <message>
        <source>Auditors: volume, speed, findings and overturns</source>
        <translation>Auditores: volumen, rapidez, errores hallados y anulaciones</translation>
    </message>
    <message>
        <source>Reviewer agreement on calibration sets</source>
        <translation>Acuerdo entre revisores en los conjuntos de calibración</translation>
    </message>
    <message>
        <source>Overturned: findings a lead overturned on dispute (the auditor was wrong). Changed after reveal: the correct decision differs from the auditor&apos;s own blind one. Agreement and Cohen&apos;s κ come from calibration sets answered in this range.</source>
        <translation>Anuladas: errores hallados que un responsable anuló tras una impugnación (el auditor se equivocó). Cambiada tras revelar: la decisión correcta difiere de la decisión a ciegas del auditor. El acuerdo y la κ de Cohen proceden de los conjuntos de calibración respondidos en este periodo.</translation>
    </message>
    <message>
        <source>The auditor figures could not be loaded: %1</source>
        <translation>No se pudieron cargar las cifras de los auditores: %1</translation>
    </message>
    <message>
        <source>No audits in this range.</source>
        <translation>No hay auditorías en este periodo.</translation>
    </message>
    <message>
        <source>No calibration answers in this range.</source>
        <translation>No hay respuestas de calibración en este periodo.</translation>
    </message>
</context>
<context>
    <name>BidiControl</name>
    <message>
        <source>Direction override: the text after it is displayed reversed, so what you read is not what is written (a trick to disguise file names, links and words).</source>
        <translation>Inversión de la dirección: el texto que sigue se muestra al revés, lo que se lee no es lo que está escrito (un truco para disfrazar nombres de archivo, enlaces y palabras).</translation>
    </message>
    <message>
        <source>Direction embedding: an invisible character that reorders how the text after it is displayed.</source>
        <translation>Incrustación de dirección: un carácter invisible que reordena cómo se muestra el texto que sigue.</translation>
    </message>
    <message>
        <source>Direction isolate: an invisible character that reorders how the text after it is displayed.</source>
        <translation>Aislamiento de dirección: un carácter invisible que reordena cómo se muestra el texto que sigue.</translation>
    </message>
    <message>
        <source>Invisible direction control with nothing to close.</source>
        <translation>Control de dirección invisible que no cierra nada.</translation>
    </message>
    <message>
        <source>Invisible direction mark inside a word: it splits the word for filters and can reorder letters.</source>
        <translation>Marca de dirección invisible dentro de una palabra: la corta para los filtros y puede reordenar las letras.</translation>
    </message>
</context>
<context>
    <name>CalibrationPanel</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Name, e.g. Counterfeits week 48</source>
        <translation>Nombre, p. ej. Falsificaciones sem. 48</translation>
    </message>
    <message>
        <source>Listing ids, comma-separated</source>
        <translation>Identificadores de anuncios, separados por comas</translation>
    </message>
    <message>
        <source>Reviewers (usernames), comma-separated</source>
        <translation>Revisores (usuarios), separados por comas</translation>
    </message>
    <message>
        <source>Create set</source>
        <translation>Crear serie</translation>
    </message>
    <message>
        <source>Calibration sets (Enter: report)</source>
        <translation>Series de calibración (Intro: informe)</translation>
    </message>
    <message>
        <source>Items, most disagreement first</source>
        <translation>Elementos, los de mayor desacuerdo primero</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Pairs (Cohen&apos;s κ)</source>
        <translation>Parejas (κ de Cohen)</translation>
    </message>
    <message>
        <source>No calibration sets yet.</source>
        <translation>Aún no hay series de calibración.</translation>
    </message>
    <message>
        <source>A set needs a name, at least one listing and at least two reviewers.</source>
        <translation>Una serie necesita un nombre, al menos un anuncio y al menos dos revisores.</translation>
    </message>
    <message>
        <source>Calibration set “%1” created.</source>
        <translation>Serie de calibración «%1» creada.</translation>
    </message>
    <message>
        <source>%1 — Fleiss&apos; κ %2 · agreement %3</source>
        <translation>%1 — κ de Fleiss %2 · acuerdo %3</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Sin elementos.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Animal welfare</source>
        <translation>Bienestar animal</translation>
    </message>
    <message>
        <source>Consumer information</source>
        <translation>Información al consumidor</translation>
    </message>
    <message>
        <source>Cyber violence</source>
        <translation>Ciberviolencia</translation>
    </message>
    <message>
        <source>Cyber violence against women</source>
        <translation>Ciberviolencia contra las mujeres</translation>
    </message>
    <message>
        <source>Data protection and privacy</source>
        <translation>Protección de datos y privacidad</translation>
    </message>
    <message>
        <source>Illegal or harmful speech</source>
        <translation>Discurso ilegal o dañino</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>Propiedad intelectual</translation>
    </message>
    <message>
        <source>Civic discourse or elections</source>
        <translation>Debate cívico o elecciones</translation>
    </message>
    <message>
        <source>Not specified by the notifier</source>
        <translation>No especificado por el notificante</translation>
    </message>
    <message>
        <source>Non-consensual behaviour</source>
        <translation>Comportamiento no consentido</translation>
    </message>
    <message>
        <source>Bullying or intimidation</source>
        <translation>Acoso o intimidación</translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation>Contenido sexual</translation>
    </message>
    <message>
        <source>Protection of minors</source>
        <translation>Protección de menores</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>Seguridad pública</translation>
    </message>
    <message>
        <source>Scams and fraud</source>
        <translation>Estafas y fraude</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Autolesiones</translation>
    </message>
    <message>
        <source>Outside the platform&apos;s scope</source>
        <translation>Fuera del ámbito de la plataforma</translation>
    </message>
    <message>
        <source>Unsafe or prohibited products</source>
        <translation>Productos peligrosos o prohibidos</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violencia</translation>
    </message>
    <message>
        <source>Other breach of the terms</source>
        <translation>Otro incumplimiento de las condiciones</translation>
    </message>
</context>
<context>
    <name>ClusterDesk</name>
    <message>
        <source>This listing is not part of a cluster.</source>
        <translation>Este anuncio no forma parte de ningún grupo.</translation>
    </message>
    <message>
        <source>This listing is no longer on your desk.</source>
        <translation>Este anuncio ya no está en su puesto.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this cluster&apos;s members were not fetched yet: open it again when the connection returns.</source>
        <translation>No se puede contactar con el servidor y los miembros de este grupo aún no se han descargado: vuelva a abrirlo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>This cluster no longer exists: its listings were decided or it was rebuilt.</source>
        <translation>Este grupo ya no existe: sus anuncios se decidieron o se volvió a calcular.</translation>
    </message>
</context>
<context>
    <name>ClusterReview</name>
    <message>
        <source>Every member is excluded or unavailable: there is nothing to decide.</source>
        <translation>Todos los miembros están excluidos o no disponibles: no hay nada que decidir.</translation>
    </message>
    <message>
        <source>Your role may decide up to {limit} listings at once: exclude {over} more, or decide them one by one.</source>
        <translation>Su rol permite decidir hasta {limit} anuncios a la vez: excluya {over} más, o decídalos uno a uno.</translation>
    </message>
    <message>
        <source>This cluster can only be looked at here: {reason}</source>
        <translation>Este grupo solo puede consultarse aquí: {reason}</translation>
    </message>
    <message>
        <source>Choose at least one reason: press its number, then Enter.</source>
        <translation>Elija al menos un motivo: pulse su número y luego Intro.</translation>
    </message>
    <message>
        <source>Choose where to escalate: press its number, then Enter.</source>
        <translation>Elija adónde escalar: pulse su número y luego Intro.</translation>
    </message>
    <message>
        <source>This queue has no reason codes to reject with.</source>
        <translation>Esta cola no tiene motivos de rechazo.</translation>
    </message>
    <message>
        <source>This queue has no escalation target.</source>
        <translation>Esta cola no tiene destino de escalado.</translation>
    </message>
    <message>
        <source>This member cannot be decided by you now: {reason}</source>
        <translation>No puede decidir este miembro ahora: {reason}</translation>
    </message>
    <message>
        <source>another desk holds it</source>
        <translation>otro puesto lo tiene</translation>
    </message>
    <message>
        <source>already decided</source>
        <translation>ya decidido</translation>
    </message>
    <message>
        <source>the listing was edited since</source>
        <translation>el anuncio se ha modificado desde entonces</translation>
    </message>
    <message>
        <source>no longer in this cluster</source>
        <translation>ya no forma parte de este grupo</translation>
    </message>
    <message>
        <source>an appeal against your own decision</source>
        <translation>un recurso contra su propia decisión</translation>
    </message>
    <message>
        <source>held back: your exposure budget is spent</source>
        <translation>retenido: su presupuesto de exposición está agotado</translation>
    </message>
    <message>
        <source>same photos</source>
        <translation>mismas fotos</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>misma dirección de correo</translation>
    </message>
    <message>
        <source>same messaging handle</source>
        <translation>mismo usuario de mensajería</translation>
    </message>
    <message>
        <source>same IBAN</source>
        <translation>mismo IBAN</translation>
    </message>
    <message>
        <source>near-identical text</source>
        <translation>texto casi idéntico</translation>
    </message>
    <message>
        <source>in the text</source>
        <translation>en el texto</translation>
    </message>
    <message>
        <source>in a photo</source>
        <translation>en una foto</translation>
    </message>
    <message>
        <source>on the account</source>
        <translation>en la cuenta</translation>
    </message>
    <message>
        <source>the photo itself</source>
        <translation>la propia foto</translation>
    </message>
</context>
<context>
    <name>ClusterScreen</name>
    <message>
        <source>Listing</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>En común</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cluster of %1 listings from %2 sellers</source>
        <translation>Grupo de %1 anuncios de %2 vendedores</translation>
    </message>
    <message>
        <source>(at least %1% alike)</source>
        <translation>(al menos un %1 % de parecido)</translation>
    </message>
    <message>
        <source>%1 listings, %2 sellers</source>
        <translation>%1 anuncios, %2 vendedores</translation>
    </message>
    <message>
        <source>Why they belong together:</source>
        <translation>Por qué van juntos:</translation>
    </message>
    <message>
        <source>You can look at this cluster but not decide it here: %1</source>
        <translation>Puede consultar este grupo pero no decidirlo aquí: %1</translation>
    </message>
    <message>
        <source>your role may not decide clusters.</source>
        <translation>su rol no permite decidir grupos.</translation>
    </message>
    <message>
        <source>your role may decide clusters of up to %1 listings.</source>
        <translation>su rol permite decidir grupos de hasta %1 anuncios.</translation>
    </message>
    <message>
        <source>Your role may decide up to %1 listings in one cluster decision.</source>
        <translation>Su rol permite decidir hasta %1 anuncios en una decisión de grupo.</translation>
    </message>
    <message>
        <source>  (this listing)</source>
        <translation>  (este anuncio)</translation>
    </message>
    <message numerus="yes">
        <source>%n shared photo(s)</source>
        <translation>
            <numerusform>%n foto en común</numerusform>
            <numerusform>%n fotos en común</numerusform>
        </translation>
    </message>
    <message>
        <source>text %1% alike</source>
        <translation>texto parecido al %1 %</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>Solo consulta</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>In the decision</source>
        <translation>En la decisión</translation>
    </message>
    <message>
        <source>%1 to decide (%2 sellers) · %3 excluded · %4 unavailable</source>
        <translation>%1 por decidir (%2 vendedores) · %3 excluidos · %4 no disponibles</translation>
    </message>
    <message>
        <source>%1 listings from %2 sellers · look only</source>
        <translation>%1 anuncios de %2 vendedores · solo consulta</translation>
    </message>
    <message>
        <source>offline: the members are claimed when the connection returns</source>
        <translation>sin conexión: los miembros se reservarán cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Your role may decide up to %1 listings at once: exclude %2 more.</source>
        <translation>Su rol permite decidir hasta %1 anuncios a la vez: excluya %2 más.</translation>
    </message>
    <message>
        <source>Photos of “%1”: %2 of %3 shared with other members; they show once the cluster is claimed for you.</source>
        <translation>Fotos de «%1»: %2 de %3 en común con otros miembros; se muestran cuando el grupo esté reservado para usted.</translation>
    </message>
    <message>
        <source>Photos of “%1”: %2 of %3 shared with other members (outlined; blurred until you open the listing)</source>
        <translation>Fotos de «%1»: %2 de %3 en común con otros miembros (recuadradas; difuminadas hasta que abra el anuncio)</translation>
    </message>
    <message>
        <source>Up/Down move · %1 goes back to the listing</source>
        <translation>Arriba/Abajo para moverse · %1 vuelve al anuncio</translation>
    </message>
    <message>
        <source>Up/Down move · X excludes or brings back · %1 approves the rest · %2 rejects with reasons · %3 escalates · %4 goes back to the listing</source>
        <translation>Arriba/Abajo para moverse · X excluye o reincorpora · %1 aprueba el resto · %2 rechaza con motivos · %3 escala · %4 vuelve al anuncio</translation>
    </message>
    <message>
        <source>The cluster decision was NOT recorded: %1</source>
        <translation>La decisión de grupo NO se ha registrado: %1</translation>
    </message>
    <message>
        <source>Cluster decision recorded: %1 for %2 listings. %3 undoes it while it waits to be sent.</source>
        <translation>Decisión de grupo registrada: %1 para %2 anuncios. %3 la deshace mientras espera a enviarse.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>The server refused these decisions, usually because the lease expired or another moderator decided the item first. A listing that is still yours came back to your queue with a note; the others need nothing more. They are kept here for your record.</source>
        <translation>El servidor rechazó estas decisiones, normalmente porque la reserva caducó u otro moderador decidió el anuncio antes. Un anuncio que sigue reservado para usted ha vuelto a su cola con una nota; los demás no requieren nada más. Se conservan aquí como registro.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Decisions the screen showed as recorded are kept in the local outbox and will be sent. A decision you were making at this moment may not have been saved: check that listing before moving on. The details below are also in the log file; copy them into a bug report.</source>
        <translation>Las decisiones que la pantalla mostró como registradas se conservan en la bandeja de salida local y se enviarán. Una decisión que estaba tomando en ese momento puede no haberse guardado: compruebe ese anuncio antes de continuar. Los detalles de abajo también están en el registro; cópielos en un informe de error.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Preview statement</source>
        <translation>Vista previa de la declaración</translation>
    </message>
    <message>
        <source>Note for this decision (%1)</source>
        <translation>Nota para esta decisión (%1)</translation>
    </message>
    <message>
        <source>Note for this decision</source>
        <translation>Nota para esta decisión</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <source>Manifestly unfounded:</source>
        <translation>Manifiestamente infundada:</translation>
    </message>
    <message>
        <source>Escalate to:</source>
        <translation>Escalar a:</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Deshacer (%1 s)</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>An approval takes no reason codes.</source>
        <translation>Una aprobación no lleva motivos.</translation>
    </message>
    <message>
        <source>A rejection needs at least one reason code.</source>
        <translation>Un rechazo necesita al menos un motivo.</translation>
    </message>
    <message>
        <source>An escalation needs a target queue.</source>
        <translation>Una escalada necesita una cola de destino.</translation>
    </message>
    <message>
        <source>Only an escalation has a target queue.</source>
        <translation>Solo una escalada tiene cola de destino.</translation>
    </message>
    <message>
        <source>A reason code is listed twice.</source>
        <translation>Un motivo aparece dos veces.</translation>
    </message>
    <message>
        <source>{action} is not allowed in the queue {queue}.</source>
        <translation>{action} no está permitido en la cola {queue}.</translation>
    </message>
    <message>
        <source>Unknown reason code(s): {codes}.</source>
        <translation>Motivo(s) desconocido(s): {codes}.</translation>
    </message>
    <message>
        <source>Reason code(s) not used in the queue {queue}: {codes}.</source>
        <translation>Motivo(s) no usado(s) en la cola {queue}: {codes}.</translation>
    </message>
    <message>
        <source>The queue {queue} cannot escalate to {target}.</source>
        <translation>La cola {queue} no puede escalar a {target}.</translation>
    </message>
</context>
<context>
    <name>DisputesPanel</name>
    <message>
        <source>Open: to settle</source>
        <translation>Abiertas: por resolver</translation>
    </message>
    <message>
        <source>Settled: the history</source>
        <translation>Resueltas: el historial</translation>
    </message>
    <message>
        <source>All disputes</source>
        <translation>Todas las impugnaciones</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Impugnaciones</translation>
    </message>
    <message>
        <source>Comment for the moderator (optional)</source>
        <translation>Comentario para el moderador (opcional)</translation>
    </message>
    <message>
        <source>Uphold the audit</source>
        <translation>Mantener la auditoría</translation>
    </message>
    <message>
        <source>Overturn: the moderator was right</source>
        <translation>Revocar: el moderador tenía razón</translation>
    </message>
    <message>
        <source>Overturned audits no longer count as errors.</source>
        <translation>Las auditorías revocadas ya no cuentan como errores.</translation>
    </message>
    <message>
        <source>No open disputes.</source>
        <translation>No hay impugnaciones abiertas.</translation>
    </message>
    <message>
        <source>No disputes.</source>
        <translation>No hay impugnaciones.</translation>
    </message>
    <message>
        <source>Select an open dispute first.</source>
        <translation>Seleccione primero una impugnación abierta.</translation>
    </message>
    <message>
        <source>Dispute settled: %1.</source>
        <translation>Impugnación resuelta: %1.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Decisions behind the number</source>
        <translation>Decisiones detrás de la cifra</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DrillDownPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No decisions match.</source>
        <translation>Ninguna decisión coincide.</translation>
    </message>
    <message>
        <source>%1 of %2 decisions</source>
        <translation>%1 de %2 decisiones</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>ExposureIndicator</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Exposure %1 · %2</source>
        <translation>Exposición %1 · %2</translation>
    </message>
    <message>
        <source>budget reached</source>
        <translation>límite alcanzado</translation>
    </message>
    <message>
        <source>break due</source>
        <translation>toca pausa</translation>
    </message>
    <message>
        <source>break in %1</source>
        <translation>pausa en %1</translation>
    </message>
    <message>
        <source>Time on listings with nudity or violence flags, and flagged photos you revealed.</source>
        <translation>Tiempo en anuncios marcados por desnudez o violencia, y fotos marcadas que ha descubierto.</translation>
    </message>
    <message>
        <source>A break is due: step away from the screen for a few minutes.</source>
        <translation>Toca una pausa: aléjese de la pantalla unos minutos.</translation>
    </message>
    <message>
        <source>Next break in %1.</source>
        <translation>Próxima pausa en %1.</translation>
    </message>
    <message>
        <source>sensitive listings last</source>
        <translation>anuncios sensibles al final</translation>
    </message>
    <message>
        <source>Exposure %1</source>
        <translation>Exposición %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>This shift: %1 on sensitive listings (budget: %2).</source>
        <translation>Este turno: %1 en anuncios sensibles (límite: %2).</translation>
    </message>
    <message>
        <source>This shift: %1 flagged photos revealed (budget: %2).</source>
        <translation>Este turno: %1 fotos marcadas descubiertas (límite: %2).</translation>
    </message>
    <message>
        <source>Today: %1 on sensitive listings (budget: %2).</source>
        <translation>Hoy: %1 en anuncios sensibles (límite: %2).</translation>
    </message>
    <message>
        <source>Today: %1 flagged photos revealed (budget: %2).</source>
        <translation>Hoy: %1 fotos marcadas descubiertas (límite: %2).</translation>
    </message>
    <message>
        <source>Your exposure budget is spent: you get listings without sensitive flags first.</source>
        <translation>Su límite de exposición está agotado: recibe primero anuncios sin marcas sensibles.</translation>
    </message>
    <message>
        <source>Sensitive listings come only when nothing else is left.</source>
        <translation>Los anuncios sensibles solo llegan cuando no queda nada más.</translation>
    </message>
    <message>
        <source>Your exposure budget is spent. Take a break and tell your lead.</source>
        <translation>Su límite de exposición está agotado. Haga una pausa y avise a su responsable.</translation>
    </message>
    <message numerus="yes">
        <source>Includes %1 and %n photo(s) not yet sent to the server.</source>
        <translation>
            <numerusform>Incluye %1 y %n foto aún no enviados al servidor.</numerusform>
            <numerusform>Incluye %1 y %n fotos aún no enviados al servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s figures and your team&apos;s budgets are not known yet.</source>
        <translation>Las cifras del servidor y los límites de su equipo aún no se conocen.</translation>
    </message>
    <message>
        <source>Time for a break: step away from the screen for a few minutes.</source>
        <translation>Es hora de una pausa: aléjese de la pantalla unos minutos.</translation>
    </message>
    <message>
        <source>You are close to your exposure budget for this shift.</source>
        <translation>Se acerca a su límite de exposición de este turno.</translation>
    </message>
    <message>
        <source>You have reached your exposure budget. Take a break.</source>
        <translation>Ha alcanzado su límite de exposición. Haga una pausa.</translation>
    </message>
    <message>
        <source>From now on you get listings without sensitive flags while there are any.</source>
        <translation>A partir de ahora recibe anuncios sin marcas sensibles mientras queden.</translation>
    </message>
    <message>
        <source>Listings with sensitive flags can come to you again.</source>
        <translation>Los anuncios con marcas sensibles pueden volver a asignársele.</translation>
    </message>
</context>
<context>
    <name>ExposurePanel</name>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Wellness settings…</source>
        <translation>Ajustes de bienestar…</translation>
    </message>
    <message>
        <source>Exposure to sensitive content, per person</source>
        <translation>Exposición a contenido sensible, por persona</translation>
    </message>
    <message>
        <source>Sensitive minutes: time on listings with nudity or violence flags while the moderator was at the desk. Photos: flagged photos they revealed. Shares are of the team&apos;s budgets. No photo is ever shown here.</source>
        <translation>Minutos sensibles: tiempo en anuncios marcados por desnudez o violencia mientras el moderador estaba en su puesto. Fotos: fotos marcadas que ha descubierto. Los porcentajes son de los límites del equipo. Aquí nunca se muestra ninguna foto.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Nobody has reported any work yet.</source>
        <translation>Nadie ha registrado trabajo todavía.</translation>
    </message>
    <message>
        <source>%1 in a shift · %2 reminded or at a budget · %3 routed · updated %4 UTC</source>
        <translation>%1 en turno · %2 avisados o en su límite · %3 derivados · actualizado a las %4 UTC</translation>
    </message>
    <message>
        <source>The exposure figures could not be loaded: %1</source>
        <translation>No se pudieron cargar las cifras de exposición: %1</translation>
    </message>
    <message>
        <source>Wellness settings saved for %1.</source>
        <translation>Ajustes de bienestar guardados para %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>My feedback</source>
        <translation>Mis evaluaciones</translation>
    </message>
    <message>
        <source>Your audited decisions, newest first. You can contest a disagreement until its deadline; a lead settles it.</source>
        <translation>Sus decisiones auditadas, las más recientes primero. Puede impugnar un desacuerdo hasta su fecha límite; un responsable lo resuelve.</translation>
    </message>
    <message>
        <source>Audited decisions</source>
        <translation>Decisiones auditadas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Contest…</source>
        <translation>Impugnar…</translation>
    </message>
    <message>
        <source>No audited decisions yet.</source>
        <translation>Aún no hay decisiones auditadas.</translation>
    </message>
    <message>
        <source>%1 audited · %2 counted as errors</source>
        <translation>%1 auditadas · %2 contadas como errores</translation>
    </message>
    <message>
        <source>The auditor agreed: nothing to contest.</source>
        <translation>El auditor estuvo de acuerdo: nada que impugnar.</translation>
    </message>
    <message>
        <source>Dispute %1 by %2: “%3”</source>
        <translation>Impugnación %1 por %2: «%3»</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Impugnación: %1</translation>
    </message>
    <message>
        <source>The time to contest has passed.</source>
        <translation>El plazo para impugnar ha pasado.</translation>
    </message>
    <message>
        <source>Contest this audit</source>
        <translation>Impugnar esta auditoría</translation>
    </message>
    <message>
        <source>Why was your decision right? A lead will read this.</source>
        <translation>¿Por qué era correcta su decisión? Un responsable lo leerá.</translation>
    </message>
    <message>
        <source>Dispute opened; a lead will settle it.</source>
        <translation>Impugnación abierta; un responsable la resolverá.</translation>
    </message>
</context>
<context>
    <name>FindingField</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>text in photo</source>
        <translation>texto de la foto</translation>
    </message>
</context>
<context>
    <name>FindingKind</name>
    <message>
        <source>Phone number</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Messaging handle</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Policy term</source>
        <translation>Término prohibido</translation>
    </message>
    <message>
        <source>Scam pattern</source>
        <translation>Patrón de estafa</translation>
    </message>
    <message>
        <source>Hidden text direction</source>
        <translation>Dirección del texto oculta</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Leído como: %1</translation>
    </message>
</context>
<context>
    <name>FlagKind</name>
    <message>
        <source>Nudity</source>
        <translation>Desnudez</translation>
    </message>
    <message>
        <source>Text in photo</source>
        <translation>Texto en la foto</translation>
    </message>
    <message>
        <source>Duplicate photo</source>
        <translation>Foto duplicada</translation>
    </message>
    <message>
        <source>Poor quality</source>
        <translation>Mala calidad</translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation>Imagen ilegible</translation>
    </message>
    <message>
        <source>Server flag</source>
        <translation>Marca del servidor</translation>
    </message>
</context>
<context>
    <name>GoldenPanel</name>
    <message>
        <source>Golden items</source>
        <translation>Elementos de referencia</translation>
    </message>
    <message>
        <source>Listing id</source>
        <translation>Id. del anuncio</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Expected reason codes, comma-separated</source>
        <translation>Motivos esperados (códigos), separados por comas</translation>
    </message>
    <message>
        <source>Add golden item</source>
        <translation>Añadir elemento de referencia</translation>
    </message>
    <message>
        <source>The listing joins the queue like any other. Whoever decides it is graded automatically against the expected decision.</source>
        <translation>El anuncio entra en la cola como cualquier otro. Quien lo decida se evalúa automáticamente frente a la decisión esperada.</translation>
    </message>
    <message>
        <source>No golden items yet.</source>
        <translation>Aún no hay elementos de referencia.</translation>
    </message>
    <message>
        <source>Reason codes of this queue: %1</source>
        <translation>Motivos de esta cola: %1</translation>
    </message>
    <message>
        <source>Enter a listing id and choose a queue.</source>
        <translation>Introduzca un id. de anuncio y elija una cola.</translation>
    </message>
    <message>
        <source>A rejection needs at least one expected reason code.</source>
        <translation>Un rechazo necesita al menos un motivo esperado.</translation>
    </message>
    <message>
        <source>Golden item placed in %1.</source>
        <translation>Elemento de referencia colocado en %1.</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject (then choose reasons)</source>
        <translation>Rechazar (luego elegir motivos)</translation>
    </message>
    <message>
        <source>Escalate (then choose a target)</source>
        <translation>Escalar (luego elegir destino)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Next listing</source>
        <translation>Anuncio siguiente</translation>
    </message>
    <message>
        <source>Previous listing</source>
        <translation>Anuncio anterior</translation>
    </message>
    <message>
        <source>Undo the last decision (within 5 s, while unsent)</source>
        <translation>Deshacer la última decisión (en 5 s, mientras no se haya enviado)</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Escribir una nota</translation>
    </message>
    <message>
        <source>Open the cluster view (decide a ring at once)</source>
        <translation>Abrir la vista del grupo (decidir una red de una vez)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Mark a notice manifestly unfounded (then approve)</source>
        <translation>Marcar una notificación como manifiestamente infundada (y aprobar)</translation>
    </message>
    <message>
        <source>Preview the statement of reasons (while rejecting)</source>
        <translation>Vista previa de la declaración de motivos (al rechazar)</translation>
    </message>
    <message>
        <source>Reason or target 1</source>
        <translation>Motivo o destino 1</translation>
    </message>
    <message>
        <source>Reason or target 2</source>
        <translation>Motivo o destino 2</translation>
    </message>
    <message>
        <source>Reason or target 3</source>
        <translation>Motivo o destino 3</translation>
    </message>
    <message>
        <source>Reason or target 4</source>
        <translation>Motivo o destino 4</translation>
    </message>
    <message>
        <source>Reason or target 5</source>
        <translation>Motivo o destino 5</translation>
    </message>
    <message>
        <source>Reason or target 6</source>
        <translation>Motivo o destino 6</translation>
    </message>
    <message>
        <source>Reason or target 7</source>
        <translation>Motivo o destino 7</translation>
    </message>
    <message>
        <source>Reason or target 8</source>
        <translation>Motivo o destino 8</translation>
    </message>
    <message>
        <source>Reason or target 9</source>
        <translation>Motivo o destino 9</translation>
    </message>
</context>
<context>
    <name>LeadDashboard</name>
    <message>
        <source>Team quality</source>
        <translation>Calidad del equipo</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Moderator (all)</source>
        <translation>Moderador (todos)</translation>
    </message>
    <message>
        <source>Queue id (all)</source>
        <translation>Cola (todas)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderadores</translation>
    </message>
    <message>
        <source>Queues: SLA compliance and backlog by age</source>
        <translation>Colas: cumplimiento del SLA y pendientes por antigüedad</translation>
    </message>
    <message>
        <source>Error rate with its 95% interval</source>
        <translation>Tasa de error con su intervalo del 95 %</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>SLA and backlog</source>
        <translation>SLA y pendientes</translation>
    </message>
    <message>
        <source>Errors and AI flags</source>
        <translation>Errores y marcas de IA</translation>
    </message>
    <message>
        <source>Error rates</source>
        <translation>Tasas de error</translation>
    </message>
    <message>
        <source>Sampling rules</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>Golden items</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Impugnaciones</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Periods: audit coverage and samples still waiting</source>
        <translation>Periodos: cobertura de auditoría y muestras en espera</translation>
    </message>
    <message>
        <source>Audits come days after the decisions: a period with low coverage or samples still waiting will look better than it ends up. Partial periods (cut by the range, or not over yet) are marked * on the chart. Decisions count in the day and week the server received them.</source>
        <translation>Las auditorías llegan días después de las decisiones: un periodo con poca cobertura o muestras en espera parecerá mejor de lo que acabará siendo. Los periodos parciales (cortados por el rango o aún no terminados) llevan * en el gráfico. Una decisión cuenta en el día y la semana en que el servidor la recibió.</translation>
    </message>
    <message>
        <source>Errors by the policy missed and severity</source>
        <translation>Errores por norma incumplida y gravedad</translation>
    </message>
    <message>
        <source>AI flags against what they predict</source>
        <translation>Alertas de IA frente a lo que predicen</translation>
    </message>
    <message>
        <source>Each flag is scored against the reasons the policy maps it to (Measured against), on final decisions: the auditor&apos;s where an audit found an error. Flags the policy does not map show counts only.</source>
        <translation>Cada alerta se evalúa frente a los motivos que la política le asocia (Medido frente a), sobre las decisiones finales: la del auditor cuando una auditoría halló un error. Las alertas sin correspondencia en la política solo muestran recuentos.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Auditores</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Decisions and error rate per period (* partial)</source>
        <translation>Decisiones y tasa de error por periodo (* parcial)</translation>
    </message>
    <message>
        <source>No decisions in this range</source>
        <translation>Sin decisiones en este periodo</translation>
    </message>
    <message>
        <source>Error rate per moderator (95% interval)</source>
        <translation>Tasa de error por moderador (intervalo del 95 %)</translation>
    </message>
    <message>
        <source>No audits in this range</source>
        <translation>Sin auditorías en este periodo</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la de fin.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Sin actualizar</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>No se pudieron cargar las cifras: %1</translation>
    </message>
    <message>
        <source>No decisions in this range.</source>
        <translation>Sin decisiones en este periodo.</translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation>No hay colas.</translation>
    </message>
    <message>
        <source>No errors found in this range.</source>
        <translation>No se encontraron errores en este periodo.</translation>
    </message>
    <message>
        <source>No periods in this range.</source>
        <translation>No hay periodos en este rango.</translation>
    </message>
    <message>
        <source>No AI flags were shown in this range.</source>
        <translation>No se mostraron marcas de IA en este periodo.</translation>
    </message>
    <message>
        <source>Updated %1 UTC</source>
        <translation>Actualizado a las %1 UTC</translation>
    </message>
    <message>
        <source>The error rates could not be loaded: %1</source>
        <translation>No se han podido cargar las tasas de error: %1</translation>
    </message>
</context>
<context>
    <name>ListingPanel</name>
    <message>
        <source>No price</source>
        <translation>Sin precio</translation>
    </message>
    <message>
        <source>Posted %1 ago</source>
        <translation>Publicado hace %1</translation>
    </message>
    <message>
        <source>No text findings</source>
        <translation>Sin detecciones en el texto</translation>
    </message>
    <message numerus="yes">
        <source>Text findings (%n)</source>
        <translation>
            <numerusform>Detección en el texto (%n)</numerusform>
            <numerusform>Detecciones en el texto (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Moderator workstation</source>
        <translation>Puesto de moderación</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Back to queues</source>
        <translation>Volver a las colas</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflictos…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Opening the cluster…</source>
        <translation>Abriendo el grupo…</translation>
    </message>
    <message>
        <source>The cluster could not be opened: %1</source>
        <translation>No se pudo abrir el grupo: %1</translation>
    </message>
    <message>
        <source>The server refused a decision. Open Conflicts to see which.</source>
        <translation>El servidor rechazó una decisión. Abra Conflictos para ver cuál.</translation>
    </message>
    <message>
        <source>Listing %1 (seller %2) uses the same photo; its id was copied.</source>
        <translation>El anuncio %1 (vendedor %2) usa la misma foto; se ha copiado su identificador.</translation>
    </message>
    <message>
        <source>Sign out and forget the saved token? Unsent decisions are kept and sent next time.</source>
        <translation>¿Cerrar sesión y olvidar el token guardado? Las decisiones no enviadas se conservan y se enviarán la próxima vez.</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>anonymous: no track record</source>
        <translation>anónimo: sin historial</translation>
    </message>
    <message>
        <source>no earlier notice decided</source>
        <translation>ninguna notificación anterior decidida</translation>
    </message>
    <message numerus="yes">
        <source>%1% upheld of %n decided</source>
        <translation>
            <numerusform>%1 % fundadas de %n decidida</numerusform>
            <numerusform>%1 % fundadas de %n decididas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifestly unfounded</source>
        <translation>
            <numerusform>%n manifiestamente infundada</numerusform>
            <numerusform>%n manifiestamente infundadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifestly unfounded</source>
        <translation>Manifiestamente infundada</translation>
    </message>
</context>
<context>
    <name>NoticesPanel</name>
    <message numerus="yes">
        <source>Notices (%n)</source>
        <translation>
            <numerusform>Notificaciones (%n)</numerusform>
            <numerusform>Notificaciones (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority lane</source>
        <translation>Vía prioritaria</translation>
    </message>
    <message>
        <source>%1 marks a notice manifestly unfounded</source>
        <translation>%1 marca una notificación como manifiestamente infundada</translation>
    </message>
    <message numerus="yes">
        <source>%n more, not shown</source>
        <translation>
            <numerusform>%n más, sin mostrar</numerusform>
            <numerusform>%n más, sin mostrar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotifierKind</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Trusted flagger</source>
        <translation>Alertador fiable</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
</context>
<context>
    <name>PhotoDecode</name>
    <message>
        <source>Photo not downloaded yet</source>
        <translation>Foto aún no descargada</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>Cannot read this photo: %1</source>
        <translation>No se puede leer esta foto: %1</translation>
    </message>
    <message>
        <source>Photo too large to show (%1 × %2 px)</source>
        <translation>Foto demasiado grande para mostrarla (%1 × %2 px)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Cannot read this photo</source>
        <translation>No se puede leer esta foto</translation>
    </message>
</context>
<context>
    <name>PhotoError</name>
    <message>
        <source>Photo unavailable: the server gave no address for it</source>
        <translation>Foto no disponible: el servidor no dio su dirección</translation>
    </message>
    <message>
        <source>Photo unavailable: the server no longer has it</source>
        <translation>Foto no disponible: el servidor ya no la tiene</translation>
    </message>
    <message>
        <source>Photo unavailable: you are not allowed to see it</source>
        <translation>Foto no disponible: no tiene permiso para verla</translation>
    </message>
    <message>
        <source>Photo not fetched: its address is outside the moderation server</source>
        <translation>Foto no descargada: su dirección está fuera del servidor de moderación</translation>
    </message>
    <message>
        <source>Photo unavailable: the server sent something unreadable</source>
        <translation>Foto no disponible: el servidor envió datos ilegibles</translation>
    </message>
    <message>
        <source>Photo rejected: its bytes do not match the listing</source>
        <translation>Foto rechazada: su contenido no coincide con el anuncio</translation>
    </message>
    <message>
        <source>Photo not saved on this computer</source>
        <translation>Foto no guardada en este equipo</translation>
    </message>
</context>
<context>
    <name>PhotoFlags</name>
    <message>
        <source>Server flag from %1</source>
        <translation>Marca del servidor de %1</translation>
    </message>
    <message>
        <source>Same photo in listing %1</source>
        <translation>Misma foto en el anuncio %1</translation>
    </message>
    <message>
        <source>Seller %1 · pHash distance %2 of 64 bits</source>
        <translation>Vendedor %1 · distancia pHash %2 de 64 bits</translation>
    </message>
    <message>
        <source>and %1 more listings</source>
        <translation>y %1 anuncios más</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message numerus="yes">
        <source>Photos (%n)</source>
        <translation>
            <numerusform>Foto (%n)</numerusform>
            <numerusform>Fotos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Sin fotos</translation>
    </message>
    <message>
        <source>This listing has no photos</source>
        <translation>Este anuncio no tiene fotos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Cargando foto…</translation>
    </message>
    <message>
        <source>No photo flags</source>
        <translation>Sin marcas en la foto</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Sensitive photo hidden — click or press V to reveal</source>
        <translation>Foto sensible oculta — haga clic o pulse V para mostrarla</translation>
    </message>
</context>
<context>
    <name>PriceCheck</name>
    <message>
        <source>Far below the usual price of similar listings: %1 (middle half of %2 listings)</source>
        <translation>Muy por debajo del precio habitual de anuncios similares: %1 (mitad central de %2 anuncios)</translation>
    </message>
    <message>
        <source>Far below the usual price in this category: %1 (middle half of %2 listings)</source>
        <translation>Muy por debajo del precio habitual de esta categoría: %1 (mitad central de %2 anuncios)</translation>
    </message>
</context>
<context>
    <name>QaNavigation</name>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Calidad</translation>
    </message>
    <message>
        <source>Team exposure</source>
        <translation>Exposición del equipo</translation>
    </message>
    <message>
        <source>Wellness settings…</source>
        <translation>Ajustes de bienestar…</translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>Panel del equipo</translation>
    </message>
    <message>
        <source>QA audit</source>
        <translation>Auditoría de calidad</translation>
    </message>
    <message>
        <source>My feedback</source>
        <translation>Mis evaluaciones</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Reclamaciones</translation>
    </message>
</context>
<context>
    <name>QaTable</name>
    <message>
        <source>Double-click or Enter: the decisions behind this number</source>
        <translation>Doble clic o Intro: las decisiones detrás de esta cifra</translation>
    </message>
</context>
<context>
    <name>QaTables</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>de acuerdo</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>mantenido</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>major</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>qa</source>
        <translation>auditoría</translation>
    </message>
    <message>
        <source>golden</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>aprobar</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rechazar</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalar</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Horas activas</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Avg time</source>
        <translation>Tiempo medio</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>Auditadas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasa de error</translation>
    </message>
    <message>
        <source>CI low</source>
        <translation>IC inf.</translation>
    </message>
    <message>
        <source>CI high</source>
        <translation>IC sup.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Críticos</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Graves</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Leves</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>95% low</source>
        <translation>Límite inf. 95 %</translation>
    </message>
    <message>
        <source>95% high</source>
        <translation>Límite sup. 95 %</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Tratados</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Dentro del SLA</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Backlog &lt; 24 h</source>
        <translation>Pendientes &lt; 24 h</translation>
    </message>
    <message>
        <source>Backlog &lt; 48 h</source>
        <translation>Pendientes &lt; 48 h</translation>
    </message>
    <message>
        <source>Backlog &gt; 48 h</source>
        <translation>Pendientes &gt; 48 h</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Flag kind</source>
        <translation>Tipo de marca</translation>
    </message>
    <message>
        <source>True pos.</source>
        <translation>Verd. pos.</translation>
    </message>
    <message>
        <source>False pos.</source>
        <translation>Falsos pos.</translation>
    </message>
    <message>
        <source>False neg.</source>
        <translation>Falsos neg.</translation>
    </message>
    <message>
        <source>True neg.</source>
        <translation>Verd. neg.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>Decidida (UTC)</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>not mapped in the policy</source>
        <translation>sin correspondencia en la política</translation>
    </message>
    <message>
        <source>Policy missed (auditor&apos;s reason)</source>
        <translation>Norma incumplida (motivo del auditor)</translation>
    </message>
    <message>
        <source>DSA category missed</source>
        <translation>Categoría DSA incumplida</translation>
    </message>
    <message>
        <source>Moderator&apos;s reason</source>
        <translation>Motivo del moderador</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Código de motivo</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Puntuación de calidad</translation>
    </message>
    <message>
        <source>Awaiting audit</source>
        <translation>Pendientes de auditoría</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Audit coverage</source>
        <translation>Cobertura de auditoría</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Tiempo mediano</translation>
    </message>
    <message>
        <source>Errors found</source>
        <translation>Errores hallados</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Hallados en</translation>
    </message>
    <message>
        <source>Changed after reveal</source>
        <translation>Cambiada tras revelar</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Impugnadas</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Anuladas</translation>
    </message>
    <message>
        <source>Overturn rate</source>
        <translation>Tasa de anulación</translation>
    </message>
    <message>
        <source>Calibration items</source>
        <translation>Elementos de calibración</translation>
    </message>
    <message>
        <source>Agrees with others</source>
        <translation>De acuerdo con los demás</translation>
    </message>
    <message>
        <source>Measured against</source>
        <translation>Medido frente a</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Audit comment</source>
        <translation>Comentario de auditoría</translation>
    </message>
    <message>
        <source>Audited (UTC)</source>
        <translation>Auditada (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <source>Correct decision</source>
        <translation>Decisión correcta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Impugnación</translation>
    </message>
    <message>
        <source>Lead&apos;s answer</source>
        <translation>Respuesta del responsable</translation>
    </message>
    <message>
        <source>Contest until (UTC)</source>
        <translation>Impugnable hasta (UTC)</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Abierta (UTC)</translation>
    </message>
    <message>
        <source>Their decision</source>
        <translation>Decisión del moderador</translation>
    </message>
    <message>
        <source>Auditor&apos;s decision</source>
        <translation>Decisión del auditor</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>trusted_flagger</source>
        <translation>alertador fiable</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autoridad</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Appeal rate</source>
        <translation>Tasa de reclamación</translation>
    </message>
    <message>
        <source>Appeals decided</source>
        <translation>Reclamaciones decididas</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>Revocaciones</translation>
    </message>
    <message>
        <source>Reversal rate</source>
        <translation>Tasa de revocación</translation>
    </message>
    <message>
        <source>Notifier</source>
        <translation>Notificante</translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation>Nombre o correo</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Fundadas</translation>
    </message>
    <message>
        <source>Manifestly unfounded</source>
        <translation>Manifiestamente infundadas</translation>
    </message>
    <message>
        <source>Last notice (UTC)</source>
        <translation>Última notificación (UTC)</translation>
    </message>
    <message>
        <source>Suspended until (UTC)</source>
        <translation>Suspendido hasta (UTC)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>Derivado</translation>
    </message>
    <message>
        <source>Shift: sensitive min</source>
        <translation>Turno: min sensibles</translation>
    </message>
    <message>
        <source>Shift: photos</source>
        <translation>Turno: fotos</translation>
    </message>
    <message>
        <source>Shift: of budget</source>
        <translation>Turno: del límite</translation>
    </message>
    <message>
        <source>Today: sensitive min</source>
        <translation>Hoy: min sensibles</translation>
    </message>
    <message>
        <source>Today: photos</source>
        <translation>Hoy: fotos</translation>
    </message>
    <message>
        <source>Today: of budget</source>
        <translation>Hoy: del límite</translation>
    </message>
    <message>
        <source>Min since break</source>
        <translation>Min desde la pausa</translation>
    </message>
    <message>
        <source>Break due</source>
        <translation>Toca pausa</translation>
    </message>
    <message>
        <source>Last active (UTC)</source>
        <translation>Última actividad (UTC)</translation>
    </message>
    <message>
        <source>Their reason</source>
        <translation>Argumento del moderador</translation>
    </message>
    <message>
        <source>Auditor&apos;s comment</source>
        <translation>Comentario del auditor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation>Resuelta por</translation>
    </message>
    <message>
        <source>Settled (UTC)</source>
        <translation>Resuelta (UTC)</translation>
    </message>
    <message>
        <source>Lead&apos;s comment</source>
        <translation>Comentario del responsable</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>Expected decision</source>
        <translation>Decisión esperada</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Tasa base</translation>
    </message>
    <message>
        <source>New moderators</source>
        <translation>Moderadores nuevos</translation>
    </message>
    <message>
        <source>New for (days)</source>
        <translation>Nuevo durante (días)</translation>
    </message>
    <message>
        <source>Error threshold</source>
        <translation>Umbral de error</translation>
    </message>
    <message>
        <source>Above threshold</source>
        <translation>Sobre el umbral</translation>
    </message>
    <message>
        <source>× approved</source>
        <translation>× aprobadas</translation>
    </message>
    <message>
        <source>× rejected</source>
        <translation>× rechazadas</translation>
    </message>
    <message>
        <source>× escalated</source>
        <translation>× escaladas</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Calibration set</source>
        <translation>Serie de calibración</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Left for me</source>
        <translation>Me quedan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Mayoría</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Agrees with majority</source>
        <translation>De acuerdo con la mayoría</translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s κ</source>
        <translation>κ de Cohen medio</translation>
    </message>
    <message>
        <source>Reviewer A</source>
        <translation>Revisor A</translation>
    </message>
    <message>
        <source>Reviewer B</source>
        <translation>Revisor B</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
</context>
<context>
    <name>QueuePicker</name>
    <message>
        <source>Choose a queue</source>
        <translation>Elija una cola</translation>
    </message>
    <message>
        <source>Oldest listings are served first. Enter or double-click starts reviewing.</source>
        <translation>Los anuncios más antiguos van primero. Intro o doble clic para empezar.</translation>
    </message>
    <message>
        <source>Start reviewing</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>No queues yet. They appear once the server answers.</source>
        <translation>Aún no hay colas. Aparecerán cuando responda el servidor.</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Más antiguo</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>SLA status</source>
        <translation>Estado del SLA</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
</context>
<context>
    <name>ReasonCode</name>
    <message>
        <source>Contact details or messaging handle in the listing</source>
        <translation>Datos de contacto o usuario de mensajería en el anuncio</translation>
    </message>
    <message>
        <source>Payment requested outside the platform</source>
        <translation>Pago solicitado fuera de la plataforma</translation>
    </message>
    <message>
        <source>Suspected scam or fraud</source>
        <translation>Sospecha de estafa o fraude</translation>
    </message>
    <message>
        <source>Prohibited or dangerous item</source>
        <translation>Artículo prohibido o peligroso</translation>
    </message>
    <message>
        <source>Counterfeit or replica goods</source>
        <translation>Falsificación o réplica</translation>
    </message>
    <message>
        <source>Protected species or animal products (CITES)</source>
        <translation>Especie protegida o producto animal (CITES)</translation>
    </message>
    <message>
        <source>Sexual services or adult content</source>
        <translation>Servicios sexuales o contenido para adultos</translation>
    </message>
    <message>
        <source>Hate speech or discrimination</source>
        <translation>Discurso de odio o discriminación</translation>
    </message>
    <message>
        <source>Endangers or targets minors</source>
        <translation>Pone en peligro o se dirige a menores</translation>
    </message>
    <message>
        <source>Misleading or unrealistic price</source>
        <translation>Precio engañoso o irreal</translation>
    </message>
    <message>
        <source>Listed in the wrong category</source>
        <translation>Publicado en la categoría equivocada</translation>
    </message>
    <message>
        <source>Duplicate of another listing</source>
        <translation>Duplicado de otro anuncio</translation>
    </message>
    <message>
        <source>Photos unusable (tiny, blurred or blank)</source>
        <translation>Fotos inservibles (diminutas, borrosas o en blanco)</translation>
    </message>
    <message>
        <source>Photos copied from another seller</source>
        <translation>Fotos copiadas de otro vendedor</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Armas</translation>
    </message>
    <message>
        <source>Other breach of the terms of service</source>
        <translation>Otro incumplimiento de las condiciones de uso</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>the queue&apos;s rules do not allow it</source>
        <translation>las reglas de la cola no lo permiten</translation>
    </message>
    <message>
        <source>the lease had expired</source>
        <translation>la reserva había caducado</translation>
    </message>
    <message>
        <source>another moderator holds the listing</source>
        <translation>otro moderador tiene reservado el anuncio</translation>
    </message>
    <message>
        <source>the listing was already decided</source>
        <translation>el anuncio ya estaba decidido</translation>
    </message>
    <message>
        <source>the seller changed the listing meanwhile</source>
        <translation>el vendedor modificó el anuncio mientras tanto</translation>
    </message>
    <message>
        <source>the server already had another decision under its key</source>
        <translation>el servidor ya tenía otra decisión con su clave</translation>
    </message>
    <message>
        <source>the listing no longer exists</source>
        <translation>el anuncio ya no existe</translation>
    </message>
    <message>
        <source>your role may not decide listings</source>
        <translation>su rol no permite decidir anuncios</translation>
    </message>
    <message>
        <source>the appeal was already decided</source>
        <translation>la reclamación ya estaba resuelta</translation>
    </message>
    <message>
        <source>you took the decision under appeal</source>
        <translation>usted tomó la decisión reclamada</translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <source>This listing is no longer leased to you: nothing was recorded.</source>
        <translation>Este anuncio ya no está reservado para usted: no se registró nada.</translation>
    </message>
    <message>
        <source>The lease on this listing has expired: the server would refuse a decision, so nothing was recorded.</source>
        <translation>La reserva de este anuncio ha caducado: el servidor rechazaría una decisión, así que no se registró nada.</translation>
    </message>
    <message>
        <source>The decision was NOT saved: the disk is full. Free some space, then press the key again.</source>
        <translation>La decisión NO se guardó: el disco está lleno. Libere espacio y pulse la tecla de nuevo.</translation>
    </message>
    <message>
        <source>The decision was NOT saved: the disk cannot be written. Nothing was recorded for this listing.</source>
        <translation>La decisión NO se guardó: no se puede escribir en el disco. No se registró nada para este anuncio.</translation>
    </message>
    <message>
        <source>The decision was refused before it was saved: {detail}</source>
        <translation>La decisión se rechazó antes de guardarse: {detail}</translation>
    </message>
    <message>
        <source>Could not undo: the disk cannot be written. The decision stays and will be sent.</source>
        <translation>No se puede deshacer: no se puede escribir en el disco. La decisión se mantiene y se enviará.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Pick a queue to start reviewing.</source>
        <translation>Elija una cola para empezar.</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 de %2 listos</translation>
    </message>
    <message>
        <source>No listings ready yet.
New listings are claimed and downloaded in the background.</source>
        <translation>Todavía no hay anuncios listos.
Los nuevos anuncios se reservan y se descargan en segundo plano.</translation>
    </message>
    <message>
        <source>Part of a cluster of %1 listings from %2 sellers</source>
        <translation>Forma parte de un grupo de %1 anuncios de %2 vendedores</translation>
    </message>
    <message>
        <source>Your role may not decide clusters; %1 shows it.</source>
        <translation>Su rol no permite decidir grupos; %1 lo muestra.</translation>
    </message>
    <message>
        <source>Your role may decide clusters of up to %1 listings; %2 shows it.</source>
        <translation>Su rol permite decidir grupos de hasta %1 anuncios; %2 lo muestra.</translation>
    </message>
    <message>
        <source>Press %1 to review and decide them at once (up to %2 listings).</source>
        <translation>Pulse %1 para revisarlos y decidirlos de una vez (hasta %2 anuncios).</translation>
    </message>
    <message>
        <source>Press %1 to review and decide them at once.</source>
        <translation>Pulse %1 para revisarlos y decidirlos de una vez.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>Offline: no more listings cached; %n decision(s) will be sent when the connection returns.</source>
        <translation>
            <numerusform>Sin conexión: no quedan anuncios en caché; %n decisión se enviará cuando vuelva la conexión.</numerusform>
            <numerusform>Sin conexión: no quedan anuncios en caché; %n decisiones se enviarán cuando vuelva la conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>Guardando la decisión…</translation>
    </message>
    <message>
        <source>Decided · waiting to be sent</source>
        <translation>Decidido · esperando envío</translation>
    </message>
    <message>
        <source>Decided · sent</source>
        <translation>Decidido · enviado</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
    <message>
        <source>No longer leased to you</source>
        <translation>Ya no está reservado para usted</translation>
    </message>
    <message>
        <source>You decided: %1. It is sent in a moment; Z undoes it.</source>
        <translation>Su decisión: %1. Se envía en un momento; Z la deshace.</translation>
    </message>
    <message>
        <source>You decided: %1. It waits in the outbox to be sent.</source>
        <translation>Su decisión: %1. Espera en la bandeja de salida.</translation>
    </message>
    <message>
        <source>You decided: %1. The server has it.</source>
        <translation>Su decisión: %1. El servidor la tiene.</translation>
    </message>
    <message>
        <source>The server refused your decision (%1): %2. This listing is no longer yours.</source>
        <translation>El servidor rechazó su decisión (%1): %2. Este anuncio ya no está reservado para usted.</translation>
    </message>
    <message>
        <source>The lease on this listing expired before it could be renewed: a decision now would be refused, so none can be made. Press N for the next listing.</source>
        <translation>La reserva de este anuncio caducó antes de poder renovarse: una decisión sería rechazada, así que no se puede decidir. Pulse N para el siguiente anuncio.</translation>
    </message>
    <message>
        <source>This listing is no longer leased to you (released, or taken by someone else). Press N for the next listing.</source>
        <translation>Este anuncio ya no está reservado para usted (liberado, o tomado por otra persona). Pulse N para el siguiente anuncio.</translation>
    </message>
    <message>
        <source>Your first decision on this listing (%1) was refused by the server: %2. Decide again.</source>
        <translation>El servidor rechazó su primera decisión sobre este anuncio (%1): %2. Decida de nuevo.</translation>
    </message>
    <message>
        <source>On this listing %1</source>
        <translation>En este anuncio %1</translation>
    </message>
    <message>
        <source>Lease %1</source>
        <translation>Reserva %1</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Choose at least one reason: press its number, then Enter.</source>
        <translation>Elija al menos un motivo: pulse su número y luego Intro.</translation>
    </message>
    <message>
        <source>Choose where to escalate: press its number, then Enter.</source>
        <translation>Elija adónde escalar: pulse su número y luego Intro.</translation>
    </message>
    <message>
        <source>This queue has no reason codes to reject with.</source>
        <translation>Esta cola no tiene motivos de rechazo.</translation>
    </message>
    <message>
        <source>This queue has no escalation target.</source>
        <translation>Esta cola no tiene destino de escalado.</translation>
    </message>
    <message>
        <source>There is no decision to undo.</source>
        <translation>No hay ninguna decisión que deshacer.</translation>
    </message>
    <message>
        <source>The listing on screen was changing: that key did nothing. Look, then press it again.</source>
        <translation>El anuncio en pantalla estaba cambiando: esa tecla no hizo nada. Mire y pulse de nuevo.</translation>
    </message>
    <message>
        <source>The same key twice in a row: the second press was ignored.</source>
        <translation>La misma tecla dos veces seguidas: se ignoró la segunda.</translation>
    </message>
    <message>
        <source>This listing is already decided. Z undoes the decision while it waits to be sent.</source>
        <translation>Este anuncio ya está decidido. Z deshace la decisión mientras espera su envío.</translation>
    </message>
    <message>
        <source>This listing&apos;s decision has been sent; it cannot change.</source>
        <translation>La decisión sobre este anuncio ya se envió; no puede cambiar.</translation>
    </message>
    <message>
        <source>This listing is no longer leased to you: nothing can be decided on it. Press N for the next one.</source>
        <translation>Este anuncio ya no está reservado para usted: no se puede decidir. Pulse N para el siguiente.</translation>
    </message>
    <message>
        <source>The server refused this listing&apos;s decision and it is no longer leased to you. Press N for the next one.</source>
        <translation>El servidor rechazó la decisión sobre este anuncio y ya no está reservado para usted. Pulse N para el siguiente.</translation>
    </message>
    <message>
        <source>No listing is on screen.</source>
        <translation>No hay ningún anuncio en pantalla.</translation>
    </message>
    <message>
        <source>This listing has no notice to mark.</source>
        <translation>Este anuncio no tiene ninguna notificación que marcar.</translation>
    </message>
    <message>
        <source>Choose at least one reason first: the statement is written from the reasons.</source>
        <translation>Elija primero al menos un motivo: la declaración se redacta a partir de los motivos.</translation>
    </message>
    <message>
        <source>Too late to undo: the decision has already been sent.</source>
        <translation>Demasiado tarde para deshacer: la decisión ya se envió.</translation>
    </message>
    <message>
        <source>Decision undone.</source>
        <translation>Decisión deshecha.</translation>
    </message>
    <message>
        <source>Notes are limited to 2000 characters; the rest was cut.</source>
        <translation>Las notas tienen un límite de 2000 caracteres; el resto se ha cortado.</translation>
    </message>
</context>
<context>
    <name>RiskFactor</name>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>Account created {days} days ago</source>
        <translation>Cuenta creada hace {days} días</translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation>Identidad no verificada</translation>
    </message>
    <message>
        <source>No identity check (KYC)</source>
        <translation>Sin verificación de identidad (KYC)</translation>
    </message>
    <message>
        <source>Identity check pending</source>
        <translation>Verificación de identidad pendiente</translation>
    </message>
    <message>
        <source>Identity check (KYC) not finished</source>
        <translation>Verificación de identidad (KYC) sin terminar</translation>
    </message>
    <message>
        <source>Phone not verified</source>
        <translation>Teléfono no verificado</translation>
    </message>
    <message>
        <source>The phone number was never confirmed</source>
        <translation>El número de teléfono nunca se confirmó</translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation>Correo no verificado</translation>
    </message>
    <message>
        <source>The email address was never confirmed</source>
        <translation>La dirección de correo nunca se confirmó</translation>
    </message>
    <message>
        <source>Recent strikes</source>
        <translation>Sanciones recientes</translation>
    </message>
    <message>
        <source>{count} strikes in the last {days} days</source>
        <translation>{count} sanción(es) en los últimos {days} días</translation>
    </message>
    <message>
        <source>Older strikes</source>
        <translation>Sanciones antiguas</translation>
    </message>
    <message>
        <source>{count} strikes more than {days} days ago</source>
        <translation>{count} sanción(es) hace más de {days} días</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Denuncias recibidas</translation>
    </message>
    <message>
        <source>{count} reports from other users</source>
        <translation>{count} denuncia(s) de otros usuarios</translation>
    </message>
    <message>
        <source>Rejected past listings</source>
        <translation>Anuncios anteriores rechazados</translation>
    </message>
    <message>
        <source>{rejected} of {decided} moderated listings rejected</source>
        <translation>{rejected} de {decided} anuncios moderados rechazados</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Cuentas vinculadas</translation>
    </message>
    <message>
        <source>{count} accounts share: {shared}</source>
        <translation>{count} cuenta(s) comparten: {shared}</translation>
    </message>
    <message>
        <source>Linked accounts with strikes</source>
        <translation>Cuentas vinculadas con sanciones</translation>
    </message>
    <message>
        <source>{count} linked accounts have {strikes} strikes in total</source>
        <translation>{count} cuenta(s) vinculada(s) suman {strikes} sanción(es)</translation>
    </message>
    <message>
        <source>Burst of listings from a new account</source>
        <translation>Ráfaga de anuncios de una cuenta nueva</translation>
    </message>
    <message>
        <source>{count} listings in the last {hours} hours</source>
        <translation>{count} anuncios en las últimas {hours} horas</translation>
    </message>
    <message>
        <source>Contact details in the text</source>
        <translation>Datos de contacto en el texto</translation>
    </message>
    <message>
        <source>{count} phone numbers, emails or handles in the listing</source>
        <translation>{count} teléfono(s), correo(s) o usuario(s) en el anuncio</translation>
    </message>
    <message>
        <source>Scam wording in the listing</source>
        <translation>Expresiones de estafa en el anuncio</translation>
    </message>
    <message>
        <source>{patterns}</source>
        <translation>{patterns}</translation>
    </message>
    <message>
        <source>{percent}% of the usual {median} {currency} ({listings} listings)</source>
        <translation>{percent} % de los {median} {currency} habituales ({listings} anuncios)</translation>
    </message>
    <message>
        <source>Price far below market</source>
        <translation>Precio muy por debajo del mercado</translation>
    </message>
    <message>
        <source>Photos used by other sellers</source>
        <translation>Fotos usadas por otros vendedores</translation>
    </message>
    <message>
        <source>{count} photos match other sellers&apos; listings</source>
        <translation>{count} foto(s) coinciden con anuncios de otros vendedores</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Riesgo medio</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
</context>
<context>
    <name>RowsView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Sampling rules per queue</source>
        <translation>Reglas de muestreo por cola</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Guardar regla</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Tasa base</translation>
    </message>
    <message>
        <source>New moderators</source>
        <translation>Moderadores nuevos</translation>
    </message>
    <message>
        <source>…who joined within</source>
        <translation>…incorporados hace menos de</translation>
    </message>
    <message>
        <source>Error threshold (30 days)</source>
        <translation>Umbral de error (30 días)</translation>
    </message>
    <message>
        <source>Rate above the threshold</source>
        <translation>Tasa sobre el umbral</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladas</translation>
    </message>
    <message>
        <source>A decision is sampled at the highest rate that applies, times its outcome&apos;s factor. Moderators cannot tell which decisions are audited.</source>
        <translation>Una decisión se muestrea con la tasa más alta que se aplique, multiplicada por el factor de su resultado. Los moderadores no pueden saber qué decisiones se auditan.</translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation>No hay colas.</translation>
    </message>
    <message>
        <source>Sampling rule of %1 saved.</source>
        <translation>Regla de muestreo de %1 guardada.</translation>
    </message>
</context>
<context>
    <name>ScamPattern</name>
    <message>
        <source>A messaging handle after the app&apos;s name: the seller moves the conversation off the platform, where scams happen.</source>
        <translation>Un usuario de mensajería tras el nombre de la app: el vendedor saca la conversación de la plataforma, donde ocurren las estafas.</translation>
    </message>
    <message>
        <source>Payment by transfer before delivery or outside the platform: the buyer has no protection if nothing arrives.</source>
        <translation>Pago por transferencia antes de la entrega o fuera de la plataforma: el comprador no tiene protección si no llega nada.</translation>
    </message>
    <message>
        <source>Deposit asked before any visit: typical of fake rentals, the home is not available or does not exist.</source>
        <translation>Señal pedida antes de cualquier visita: típico de alquileres falsos, la vivienda no está disponible o no existe.</translation>
    </message>
    <message>
        <source>Shipping only and payment by transfer: the buyer cannot see the item and cannot get the money back.</source>
        <translation>Solo envío y pago por transferencia: el comprador no puede ver el artículo ni recuperar el dinero.</translation>
    </message>
    <message>
        <source>Refuses the platform&apos;s secure payment: nothing protects the buyer once the money is sent.</source>
        <translation>Rechaza el pago seguro de la plataforma: nada protege al comprador una vez enviado el dinero.</translation>
    </message>
    <message>
        <source>Overpayment then a refund of the difference: the first payment is fake or will be reversed.</source>
        <translation>Pago de más y devolución de la diferencia: el primer pago es falso o será anulado.</translation>
    </message>
    <message>
        <source>Seller says they are abroad: the item cannot be seen and a courier or agent is meant to deliver after payment.</source>
        <translation>El vendedor dice estar en el extranjero: no se puede ver el artículo y un transportista o agente lo entregaría tras el pago.</translation>
    </message>
    <message>
        <source>Coded wording for paid sexual services, often posted in an unrelated category.</source>
        <translation>Lenguaje en clave para servicios sexuales de pago, a menudo publicado en una categoría sin relación.</translation>
    </message>
    <message>
        <source>Payment before delivery</source>
        <translation>Pago antes de la entrega</translation>
    </message>
    <message>
        <source>Deposit before a visit</source>
        <translation>Señal antes de la visita</translation>
    </message>
    <message>
        <source>Shipping only, paid by transfer</source>
        <translation>Solo envío, pago por transferencia</translation>
    </message>
    <message>
        <source>Refuses secure payment</source>
        <translation>Rechaza el pago seguro</translation>
    </message>
    <message>
        <source>Overpayment and refund</source>
        <translation>Pago de más y devolución</translation>
    </message>
    <message>
        <source>Seller abroad</source>
        <translation>Vendedor en el extranjero</translation>
    </message>
    <message>
        <source>Coded sexual services</source>
        <translation>Servicios sexuales encubiertos</translation>
    </message>
    <message>
        <source>Messaging handle</source>
        <translation>Usuario de mensajería</translation>
    </message>
</context>
<context>
    <name>SellerPanel</name>
    <message>
        <source>Account age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Denuncias</translation>
    </message>
    <message>
        <source>Strikes</source>
        <translation>Sanciones</translation>
    </message>
    <message>
        <source>Past listings</source>
        <translation>Anuncios anteriores</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Por qué esta puntuación</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Recent outcomes</source>
        <translation>Decisiones recientes</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Cuentas vinculadas</translation>
    </message>
    <message>
        <source>No risk score</source>
        <translation>Sin puntuación de riesgo</translation>
    </message>
    <message>
        <source>No risk factors</source>
        <translation>Sin factores de riesgo</translation>
    </message>
    <message>
        <source>Seller history not available</source>
        <translation>Historial del vendedor no disponible</translation>
    </message>
    <message>
        <source>It will appear once synced</source>
        <translation>Aparecerá tras la sincronización</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Email %1  Phone %2  ID %3</source>
        <translation>Correo %1  Tel. %2  Identidad %3</translation>
    </message>
    <message>
        <source>%1 · latest: %2</source>
        <translation>%1 · última: %2</translation>
    </message>
    <message>
        <source>%1 approved · %2 rejected</source>
        <translation>%1 aprobados · %2 rechazados</translation>
    </message>
    <message>
        <source>No earlier listings</source>
        <translation>Sin anuncios anteriores</translation>
    </message>
    <message>
        <source>shares %1</source>
        <translation>comparte %1</translation>
    </message>
    <message numerus="yes">
        <source>%n strikes</source>
        <translation>
            <numerusform>%n sanción</numerusform>
            <numerusform>%n sanciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No linked accounts</source>
        <translation>Sin cuentas vinculadas</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Last user name</source>
        <translation>Último usuario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Hide flagged photos by</source>
        <translation>Ocultar las fotos marcadas con</translation>
    </message>
    <message>
        <source>Blurring</source>
        <translation>Desenfoque</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Escala de grises</translation>
    </message>
    <message>
        <source>Blurring and greyscale</source>
        <translation>Desenfoque y escala de grises</translation>
    </message>
    <message>
        <source>Hide every photo until I reveal it</source>
        <translation>Ocultar todas las fotos hasta que las muestre</translation>
    </message>
    <message>
        <source>Hide photos flagged as</source>
        <translation>Ocultar las fotos marcadas como</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keep cached listings for (days)</source>
        <translation>Conservar anuncios en caché (días)</translation>
    </message>
    <message>
        <source>Listings to keep ready (also offline)</source>
        <translation>Anuncios que mantener listos (también sin conexión)</translation>
    </message>
    <message>
        <source>Photo screening threads</source>
        <translation>Hilos de análisis de fotos</translation>
    </message>
    <message>
        <source>Text size (points)</source>
        <translation>Tamaño del texto (puntos)</translation>
    </message>
    <message>
        <source>Ask again before sending a rejection</source>
        <translation>Pedir confirmación antes de enviar un rechazo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>How many listings the desk keeps leased and downloaded: the work left when the network drops. Takes effect at the next start.</source>
        <translation>Cuántos anuncios mantiene el puesto reservados y descargados: el trabajo que queda cuando cae la red. Se aplica en el siguiente inicio.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Double-click a key cell to change it. Separate several keys with a comma; leave empty to unbind.</source>
        <translation>Haga doble clic en una tecla para cambiarla. Separe varias teclas con comas; déjelo vacío para desactivarla.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Toggle a reason (reject) or pick a target (escalate)</source>
        <translation>Marcar un motivo (rechazo) o elegir un destino (escalado)</translation>
    </message>
    <message>
        <source>Change them in Settings › Keyboard. Photos: V reveals, + / − / 0 zoom, [ and ] switch.</source>
        <translation>Cámbielos en Ajustes › Teclado. Fotos: V muestra, + / − / 0 amplían, [ y ] cambian de foto.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Moderator workstation</source>
        <translation>Iniciar sesión — Puesto de moderación</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Enter the server address, your username and your password.</source>
        <translation>Introduzca la dirección del servidor, su usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation>No se puede contactar con el servidor. Compruebe la dirección y su red.</translation>
    </message>
    <message>
        <source>Too many attempts; try again in %1 s</source>
        <translation>Demasiados intentos; inténtelo de nuevo en %1 s</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Illegal content</source>
        <translation>Contenido ilícito</translation>
    </message>
    <message>
        <source>Incompatible with the terms of service</source>
        <translation>Incompatible con las condiciones del servicio</translation>
    </message>
    <message>
        <source>A user&apos;s notice (Art. 16)</source>
        <translation>Notificación de un usuario (art. 16)</translation>
    </message>
    <message>
        <source>A trusted flagger&apos;s notice (Art. 22)</source>
        <translation>Notificación de un alertador fiable (art. 22)</translation>
    </message>
    <message>
        <source>Another notification</source>
        <translation>Otra notificación</translation>
    </message>
    <message>
        <source>The platform&apos;s own initiative</source>
        <translation>Iniciativa propia de la plataforma</translation>
    </message>
</context>
<context>
    <name>StatementPreviewDialog</name>
    <message>
        <source>Statement of reasons: preview</source>
        <translation>Declaración de motivos: vista previa</translation>
    </message>
    <message>
        <source>Reasons chosen: %1</source>
        <translation>Motivos elegidos: %1</translation>
    </message>
    <message>
        <source>Esc returns to the reasons (they are kept); Enter there confirms the rejection.</source>
        <translation>Esc vuelve a los motivos (se conservan); allí Intro confirma el rechazo.</translation>
    </message>
    <message>
        <source>Asking the server for the statement…</source>
        <translation>Pidiendo la declaración al servidor…</translation>
    </message>
    <message>
        <source>The preview needs the server, and the desk cannot reach it now. The statement is written by the server when the rejection arrives; your reasons are kept and you can still confirm.</source>
        <translation>La vista previa necesita el servidor, que ahora no responde. El servidor redacta la declaración cuando llega el rechazo; sus motivos se conservan y aún puede confirmar.</translation>
    </message>
    <message>
        <source>The server could not preview the statement: %1</source>
        <translation>El servidor no pudo generar la vista previa: %1</translation>
    </message>
</context>
<context>
    <name>StatementView</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>How the case started</source>
        <translation>Origen del caso</translation>
    </message>
    <message>
        <source>Automated detection</source>
        <translation>Detección automatizada</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Statement id</source>
        <translation>Identificador de la declaración</translation>
    </message>
    <message>
        <source>What the seller receives</source>
        <translation>Lo que recibe el vendedor</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>assigned when the decision is recorded</source>
        <translation>se asigna al registrar la decisión</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>● Syncing</source>
        <translation>● Sincronizando</translation>
    </message>
    <message>
        <source>● Offline — working from the local cache</source>
        <translation>● Sin conexión — trabajando con la caché local</translation>
    </message>
    <message>
        <source>● Signed out</source>
        <translation>● Sesión cerrada</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>Nuevo intento en %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n unsent</source>
        <translation>
            <numerusform>Pendiente de envío: %n</numerusform>
            <numerusform>Pendientes de envío: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) ready</source>
        <translation>
            <numerusform>%n anuncio listo</numerusform>
            <numerusform>%n anuncios listos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) ready offline</source>
        <translation>
            <numerusform>%n anuncio listo sin conexión</numerusform>
            <numerusform>%n anuncios listos sin conexión</numerusform>
        </translation>
    </message>
    <message>
        <source>Leases: %1 left</source>
        <translation>Reservas: quedan %1</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>No se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>A proxy or gateway answered HTTP %1 instead of the server; it is not the server&apos;s answer.</source>
        <translation>Un proxy o pasarela respondió HTTP %1 en lugar del servidor; no es la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>El servidor falló (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer this desk cannot read.</source>
        <translation>El servidor envió una respuesta que este puesto no puede leer.</translation>
    </message>
    <message>
        <source>Your session has expired; sign in again. Your decisions are kept.</source>
        <translation>Su sesión ha caducado; vuelva a iniciar sesión. Sus decisiones se conservan.</translation>
    </message>
    <message>
        <source>The server refused a request (HTTP %1).</source>
        <translation>El servidor rechazó una petición (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused a decision for a reason this desk does not know (%1); it is sent again.</source>
        <translation>El servidor rechazó una decisión por un motivo que este puesto no conoce (%1); se vuelve a enviar.</translation>
    </message>
    <message>
        <source>Disk full: decisions cannot be saved until some space is freed.</source>
        <translation>Disco lleno: no se pueden guardar decisiones hasta liberar espacio.</translation>
    </message>
    <message>
        <source>The disk cannot be written: decisions cannot be saved.</source>
        <translation>No se puede escribir en el disco: no se pueden guardar decisiones.</translation>
    </message>
    <message>
        <source>Sync hit an internal error; it will try again.</source>
        <translation>La sincronización sufrió un error interno; lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflictos: %1</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Exportar XLSX</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>%n fila exportada a %1</numerusform>
            <numerusform>%n filas exportadas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasa de error</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Flags the moderator saw</source>
        <translation>Marcas que vio el moderador</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation>Enviar y siguiente</translation>
    </message>
    <message>
        <source>Enter claims the next sample.</source>
        <translation>Intro reserva la siguiente muestra.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Decide on your own: %1 approve · %2 reject · %3 escalate · %4 give back.</source>
        <translation>Decida por su cuenta: %1 aprobar · %2 rechazar · %3 escalar · %4 devolver.</translation>
    </message>
    <message>
        <source>Reasons: 1–9 toggle, Enter confirms, Esc goes back.</source>
        <translation>Motivos: 1–9 marcan, Intro confirma, Esc vuelve.</translation>
    </message>
    <message>
        <source>Recording your decision…</source>
        <translation>Registrando su decisión…</translation>
    </message>
    <message>
        <source>%1 agree · %2 disagree · %3/%4/%5 correct decision · 1/2/3 severity · %6 comment · Enter submits.</source>
        <translation>%1 de acuerdo · %2 en desacuerdo · %3/%4/%5 decisión correcta · 1/2/3 gravedad · %6 comentario · Intro envía.</translation>
    </message>
    <message>
        <source>Correct reasons: 1–9 toggle, Enter confirms, Esc goes back.</source>
        <translation>Motivos correctos: 1–9 marcan, Intro confirma, Esc vuelve.</translation>
    </message>
    <message>
        <source>Type the comment; Enter submits, Esc returns to the keys.</source>
        <translation>Escriba el comentario; Intro envía, Esc vuelve a las teclas.</translation>
    </message>
    <message>
        <source>Recording the verdict…</source>
        <translation>Registrando el veredicto…</translation>
    </message>
    <message>
        <source>Calibration: decide on your own: %1 approve · %2 reject · %3 escalate.</source>
        <translation>Calibración: decida por su cuenta: %1 aprobar · %2 rechazar · %3 escalar.</translation>
    </message>
    <message>
        <source>Step 1 of 2 · Blind decision</source>
        <translation>Paso 1 de 2 · Decisión a ciegas</translation>
    </message>
    <message>
        <source>Step 2 of 2 · Verdict</source>
        <translation>Paso 2 de 2 · Veredicto</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>La suya: %1</translation>
    </message>
    <message>
        <source>Yours: not decided yet</source>
        <translation>La suya: aún sin decidir</translation>
    </message>
    <message>
        <source>Moderator&apos;s: hidden until you decide</source>
        <translation>La del moderador: oculta hasta que decida</translation>
    </message>
    <message>
        <source>Moderator&apos;s: %1</source>
        <translation>La del moderador: %1</translation>
    </message>
    <message>
        <source>%1 · %2 s on the listing · %3</source>
        <translation>%1 · %2 s en el anuncio · %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Correct decision: %1</source>
        <translation>Decisión correcta: %1</translation>
    </message>
</context>
<context>
    <name>WellnessForm</name>
    <message>
        <source>The budget per shift (%1) is larger than the budget per day (%2): the day budget would always be reached first.</source>
        <translation>El límite por turno (%1) supera el límite por día (%2): siempre se alcanzaría antes el del día.</translation>
    </message>
    <message>
        <source>A break (%1 min) must be shorter than the interval between breaks (%2 min).</source>
        <translation>Una pausa (%1 min) debe ser más corta que el intervalo entre pausas (%2 min).</translation>
    </message>
    <message>
        <source>Unknown time zone: %1. Use a name such as Europe/Paris or UTC.</source>
        <translation>Zona horaria desconocida: %1. Use un nombre como Europe/Madrid o UTC.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WellnessSettingsDialog</name>
    <message>
        <source>Wellness settings</source>
        <translation>Ajustes de bienestar</translation>
    </message>
    <message>
        <source>Exposure is the time spent on listings with nudity or violence flags and the flagged photos revealed. Moderators see their own figures in the status bar; you see everyone&apos;s on the dashboard.</source>
        <translation>La exposición es el tiempo en anuncios marcados por desnudez o violencia y las fotos marcadas descubiertas. Los moderadores ven sus propias cifras en la barra de estado; usted ve las de todos en el panel.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> photos</source>
        <translation> fotos</translation>
    </message>
    <message>
        <source>Remind the moderator</source>
        <translation>Avisar al moderador</translation>
    </message>
    <message>
        <source>Remind, then give them listings without sensitive flags</source>
        <translation>Avisar y luego darle anuncios sin marcas sensibles</translation>
    </message>
    <message>
        <source>Serve them anyway (the queue must be worked)</source>
        <translation>Asignarlos igualmente (la cola debe tratarse)</translation>
    </message>
    <message>
        <source>Hold them back from moderators at their budget</source>
        <translation>Retenerlos para los moderadores en su límite</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>&amp;Break reminder every</source>
        <translation>Aviso de &amp;pausa cada</translation>
    </message>
    <message>
        <source>A break &amp;lasts at least</source>
        <translation>Una pausa &amp;dura al menos</translation>
    </message>
    <message>
        <source>A shift &amp;ends after a pause of</source>
        <translation>Un turno &amp;termina tras una pausa de</translation>
    </message>
    <message>
        <source>Sensitive time per &amp;shift</source>
        <translation>Tiempo sensible por t&amp;urno</translation>
    </message>
    <message>
        <source>Sensitive time per &amp;day</source>
        <translation>Tiempo sensible dia&amp;rio</translation>
    </message>
    <message>
        <source>Flagged &amp;photos per shift</source>
        <translation>F&amp;otos marcadas por turno</translation>
    </message>
    <message>
        <source>Flagged p&amp;hotos per day</source>
        <translation>Fotos marcadas por dí&amp;a</translation>
    </message>
    <message>
        <source>Re&amp;mind at</source>
        <translation>A&amp;visar al</translation>
    </message>
    <message>
        <source>When a budget is &amp;reached</source>
        <translation>Cuando se alcanza un &amp;límite</translation>
    </message>
    <message>
        <source>When &amp;only sensitive listings are left</source>
        <translation>Cuando solo &amp;quedan anuncios sensibles</translation>
    </message>
    <message>
        <source>Time &amp;zone (days start at midnight there)</source>
        <translation>&amp;Zona horaria (los días empiezan allí a medianoche)</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No teams on this server.</source>
        <translation>No hay equipos en este servidor.</translation>
    </message>
    <message>
        <source>The teams could not be loaded: %1</source>
        <translation>No se pudieron cargar los equipos: %1</translation>
    </message>
    <message>
        <source>nobody yet (defaults)</source>
        <translation>nadie aún (valores por defecto)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). Last changed by %1.</source>
        <translation>
            <numerusform>%n miembro. Último cambio por %1.</numerusform>
            <numerusform>%n miembros. Último cambio por %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved for %1.</source>
        <translation>Guardado para %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>WhiskerChart</name>
    <message>
        <source>team %1</source>
        <translation>equipo %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
</TS>
