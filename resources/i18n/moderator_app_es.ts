<?xml version='1.0' encoding='utf-8'?>
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
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>The server refused these decisions, usually because the lease expired or another moderator decided the item first. Nothing else needs doing; they are kept here for your record.</source>
        <translation>El servidor rechazó estas decisiones, normalmente porque la reserva caducó u otro moderador decidió antes. No hace falta nada más; se guardan aquí como registro.</translation>
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
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Lease expired</source>
        <translation>Reserva caducada</translation>
    </message>
    <message>
        <source>Taken by someone else</source>
        <translation>Tomado por otra persona</translation>
    </message>
    <message>
        <source>Already decided</source>
        <translation>Ya decidido</translation>
    </message>
    <message>
        <source>Refused as invalid</source>
        <translation>Rechazado por no válido</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Your decisions are safe: they were saved before this happened. The details below are also in the log file. Copy them into a bug report.</source>
        <translation>Sus decisiones están a salvo: se guardaron antes del fallo. Los detalles siguientes también están en el registro. Cópielos en un informe de error.</translation>
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
        <source>Escalate to:</source>
        <translation>Escalar a:</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Deshacer (%1 s)</translation>
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
    <name>FindingField</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
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
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
    <name>ReviewScreen</name>
    <message>
        <source>Pick a queue to start reviewing.</source>
        <translation>Elija una cola para empezar.</translation>
    </message>
    <message>
        <source>No listings ready yet.
New items are claimed and downloaded in the background.</source>
        <translation>Aún no hay anuncios listos.
Se reservan y descargan nuevos anuncios en segundo plano.</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 de %2 listos</translation>
    </message>
    <message>
        <source>Decision undone.</source>
        <translation>Decisión deshecha.</translation>
    </message>
    <message>
        <source>Too late to undo: the decision has already been sent.</source>
        <translation>Demasiado tarde para deshacer: la decisión ya se envió.</translation>
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
        <source>Too late to undo: the decision is more than 5 seconds old.</source>
        <translation>Demasiado tarde para deshacer: la decisión tiene más de 5 segundos.</translation>
    </message>
    <message>
        <source>Too late to undo: the decision has already been sent.</source>
        <translation>Demasiado tarde para deshacer: la decisión ya se envió.</translation>
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
        <source>Price far below market</source>
        <translation>Precio muy por debajo del mercado</translation>
    </message>
    <message>
        <source>{percent}% of the category's median price</source>
        <translation>{percent} % del precio mediano de la categoría</translation>
    </message>
    <message>
        <source>Photos used by other sellers</source>
        <translation>Fotos usadas por otros vendedores</translation>
    </message>
    <message>
        <source>{count} photos match other sellers' listings</source>
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
        <source>Listings to prepare ahead</source>
        <translation>Anuncios a preparar por adelantado</translation>
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
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
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
    <message numerus="yes">
        <source>Outbox: %n unsent</source>
        <translation>
            <numerusform>Pendiente de envío: %n</numerusform>
            <numerusform>Pendientes de envío: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Leases: %1 left</source>
        <translation>Reservas: quedan %1</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Reintento en %2 s.</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflictos: %1</translation>
    </message>
</context>
</TS>