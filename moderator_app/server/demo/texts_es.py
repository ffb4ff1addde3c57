"""Spanish listing texts: products, sentences, and what moderators catch, as Spanish sellers write it.

Same shape as ``texts_fr``; prices in EUR.
"""

LANGUAGE = "es"

PLACES = (
    ("Madrid", "ES", "28004"),
    ("Madrid - Vallecas", "ES", "28031"),
    ("Barcelona", "ES", "08015"),
    ("Valencia", "ES", "46001"),
    ("Sevilla", "ES", "41001"),
    ("Málaga", "ES", "29001"),
    ("Zaragoza", "ES", "50001"),
    ("Bilbao", "ES", "48001"),
    ("Alicante", "ES", "03001"),
    ("Murcia", "ES", "30001"),
    ("Granada", "ES", "18001"),
    ("Valladolid", "ES", "47001"),
    ("Palma", "ES", "07001"),
    ("Las Palmas", "ES", "35001"),
    ("A Coruña", "ES", "15001"),
    ("Porto", "PT", "4000-001"),
    ("Lisboa", "PT", "1100-001"),
)

PRODUCTS = {
    "electronics": (
        ("iPhone 13 128 GB", "phone", 380, 480),
        ("iPhone 14 Pro 256 GB", "phone", 700, 850),
        ("Samsung Galaxy S23", "phone", 450, 600),
        ("Xiaomi Redmi Note 12", "phone", 120, 180),
        ("iPad 9ª generación", "phone", 220, 300),
        ("Portátil HP Pavilion 15", "laptop", 300, 480),
        ("MacBook Pro 13 M1", "laptop", 700, 950),
        ("Auriculares Sony WH-1000XM4", "headphones", 150, 220),
        ("AirPods 3ª generación", "headphones", 90, 140),
        ("Portátil gaming MSI", "laptop", 650, 1000),
    ),
    "vehicles": (
        ("Seat Ibiza 1.0 TSI 2018", "car", 8500, 12000),
        ("Seat León 1.6 TDI 2016", "car", 9000, 12500),
        ("Renault Clio 2017", "car", 7000, 9500),
        ("Toyota Corolla híbrido 2020", "car", 15000, 19000),
        ("Volkswagen Polo 2015", "car", 6500, 9000),
        ("Kia Sportage 2019", "car", 15000, 20000),
        ("Moto Honda PCX 125", "scooter", 2000, 3000),
        ("Patinete eléctrico Xiaomi", "scooter", 200, 350),
    ),
    "real_estate": (
        ("Piso 2 habitaciones en alquiler", "building", 750, 1100),
        ("Estudio amueblado", "building", 500, 750),
        ("Habitación en piso compartido", "building", 350, 500),
        ("Piso 3 habitaciones en venta", "building", 140000, 260000),
        ("Chalet adosado con jardín", "house", 220000, 350000),
        ("Casa de pueblo para reformar", "house", 45000, 90000),
    ),
    "fashion": (
        ("Zapatillas Nike Air Force 1 talla 42", "sneaker", 50, 90),
        ("Bolso Michael Kors", "handbag", 60, 120),
        ("Chaqueta de cuero Zara", "tshirt", 25, 50),
        ("Vestido de fiesta Mango talla S", "tshirt", 15, 35),
        ("Lote ropa bebé 6-12 meses", "tshirt", 10, 25),
        ("Reloj Casio vintage", "watch", 25, 45),
        ("Bolso Loewe Puzzle", "handbag", 1300, 2000),
        ("Zapatillas Adidas Samba talla 39", "sneaker", 50, 80),
    ),
    "jobs": (
        ("Camarero/a para terraza - verano", "logo", 0, 0),
        ("Cuidadora de personas mayores", "logo", 0, 0),
        ("Repartidor con moto propia", "logo", 0, 0),
        ("Dependiente/a tienda de ropa", "logo", 0, 0),
        ("Clases particulares de inglés", "logo", 0, 0),
        ("Ayudante de cocina", "logo", 0, 0),
        ("Recepcionista de hotel", "logo", 0, 0),
    ),
    "animals": (
        ("Cachorros de Golden Retriever", "dog", 600, 1000),
        ("Cachorro de Bulldog Francés", "dog", 900, 1500),
        ("Perro en adopción (protectora)", "dog", 100, 200),
        ("Gatitos British Shorthair", "cat", 600, 1000),
        ("Gatito en adopción", "cat", 0, 60),
    ),
    "home": (
        ("Sofá cama de tres plazas", "sofa", 150, 400),
        ("Sillón orejero", "sofa", 60, 150),
        ("Armario ropero de dos puertas", "wardrobe", 80, 200),
        ("Mesa de comedor extensible", "table", 100, 250),
        ("Lámpara de pie nórdica", "table", 25, 60),
        ("Cómoda vintage", "wardrobe", 60, 140),
    ),
}

TITLE_EXTRAS = ("", "", "", " - como nuevo", " seminuevo", " - urgente", " (negociable)", " impecable")
CONDITIONS = (
    "en muy buen estado",
    "como nuevo",
    "en buen estado",
    "casi sin uso",
    "con algunas marcas de uso",
    "a estrenar",
)

COLOURS = ("negro", "blanco", "azul marino", "gris", "rojo", "beige", "verde")

OPENERS = {
    "electronics": (
        "Vendo mi {product} {condition}.",
        "{product} {condition}, siempre con funda y protector.",
        "Se vende {product} {condition}, comprado en {year} con factura.",
    ),
    "vehicles": (
        "Vendo {product}, {km} km, {condition}.",
        "{product} de un solo dueño, {km} km, revisiones en la casa.",
        "Particular vende {product}, matriculado en {month}/{year}, {km} km.",
    ),
    "real_estate": (
        "{product} en {location}, cerca de metro y comercios.",
        "{product}, {m2} m², {floor}ª planta con ascensor.",
        "{product} muy luminoso, {rooms} habitaciones, disponible el {future_date}.",
    ),
    "fashion": (
        "Vendo {product} {condition}.",
        "{product} {condition}, talla {size}.",
        "Vacío armario: {product}, {condition}.",
    ),
    "jobs": (
        "Buscamos: {product}. Incorporación en {location} el {future_date}.",
        "Oferta de empleo: {product}, {hours} horas semanales.",
        "{product}, se valora experiencia, no imprescindible.",
    ),
    "animals": (
        "{product}, nacidos el {born}, vacunados y con microchip.",
        "{product}, muy sociables, acostumbrados a niños.",
        "{product} busca familia responsable, se entrega con contrato de adopción.",
    ),
    "home": (
        "Vendo {product} {condition}.",
        "{product} {condition}, recoger en mano.",
        "Por mudanza vendo {product} {condition}.",
    ),
}

DETAILS = {
    "electronics": (
        "IMEI: {imei}, libre de cualquier operador.",
        "Batería al {battery} %.",
        "Incluye caja, cargador y factura del {past_date}.",
    ),
    "vehicles": (
        "ITV pasada hasta {future_date}.",
        "Libro de mantenimiento al día, correa cambiada a los {km2} km.",
        "Etiqueta ambiental C, {doors} puertas, cambio manual.",
        "Vehículo no fumador, nunca accidentado.",
    ),
    "real_estate": (
        "Alquiler {price} € al mes, fianza de un mes.",
        "Certificado energético {dpe}, calefacción central.",
        "Código postal {postcode}, a cinco minutos del metro.",
        "Sin gastos de agencia, trato directo con el propietario.",
    ),
    "fashion": (
        "Talla {size}, color {colour}.",
        "Envío por correos posible.",
        "Sin defectos, lavado y planchado.",
    ),
    "jobs": (
        "Salario: {salary} € brutos al mes.",
        "Empresa con CIF B{cif}.",
        "Envía tu CV por la mensajería de la web.",
        "Jornada de {hours} horas, de lunes a viernes.",
    ),
    "animals": (
        "Padres visibles, cartilla veterinaria al día.",
        "Número de microchip: {chip}.",
        "Desparasitados, primera vacuna el {recent_date}.",
    ),
    "home": (
        "Medidas: {width} x {depth} cm.",
        "Algún arañazo sin importancia.",
        "Desmontable, {floor}º piso sin ascensor.",
    ),
}

CLOSINGS = (
    "Solo entrega en mano.",
    "No hago envíos.",
    "Precio negociable.",
    "Contactar por la mensajería de la web.",
    "No cambios.",
    "Abstenerse curiosos.",
    "",
)

# Innocent sentences that look alarming to a naive word filter. Per category, plus "any".
TRAPS = {
    "any": ("Particular, sin intermediarios.",),
    "vehicles": ("Vehículo de particular, nunca de alquiler.", "Alarma y cierre centralizado."),
    "real_estate": ("Casa con mucho encanto en zona tranquila.", "Armario empotrado en el dormitorio."),
    "home": ("Armario a juego también disponible.",),
    "fashion": ("Marca de buena reputación.",),
    "jobs": ("Restaurante con buena reputación en el centro.",),
    "animals": ("Criador particular con buena reputación.",),
    "electronics": ("Vendo como particular, factura a mi nombre.",),
}

PLANTS = {
    "contact_phone": (
        "Llámame al {phone}.",
        "Más información en el {phone}, no contesto SMS.",
        "Mi número: {phone}",
        "Tlf {phone}",
    ),
    "contact_handle": (
        "Escríbeme por WhatsApp al {phone}.",
        "WhatsApp: {phone}",
        "Telegram: @{handle}",
        "Agrégame en Snapchat: {handle}",
        "Más rápido por wa.me/{phone_digits}",
    ),
    "contact_email": ("Escríbeme a {email}", "Mi correo: {email}", "Contacto: {email}"),
    "payment": (
        "Pago solo por Western Union o MoneyGram.",
        "Acepto pago con tarjetas Neosurf o Transcash.",
        "Pago por transferencia a mi IBAN antes del envío, no uso el pago seguro.",
        "Pago con cupones PCS, te explico cómo.",
    ),
    "abroad": (
        "Estoy en el extranjero por trabajo, el transportista te lo entrega después del pago.",
        "Vivo ahora en Londres, lo envío por mensajería cuando reciba el dinero.",
    ),
    "deposit": (
        "Se pide una señal de {deposit} € antes de la visita.",
        "Estoy fuera de España, te mando las llaves por correo tras el depósito de {deposit} €.",
    ),
    "adult": (
        "Masajes relajantes con final feliz, discreción total.",
        "Chica joven ofrece compañía, encuentros privados.",
    ),
    "discrimination": ("No se alquila a extranjeros.", "Abstenerse inmigrantes."),
    "minors": ("Vapers sin control de edad, se vende también a menores.",),
}

PLANT_ITEMS = {
    "counterfeit": (
        (
            "Bolso Loewe Puzzle réplica 1:1",
            "fashion",
            "handbag",
            70,
            130,
            "Réplica calidad 1:1, idéntico al original, con caja.",
        ),
        (
            "Reloj Rolex Daytona copia",
            "fashion",
            "watch",
            90,
            160,
            "Copia de alta calidad, mecanismo automático.",
        ),
        (
            "Zapatillas Nike Dunk calidad espejo",
            "fashion",
            "sneaker",
            40,
            65,
            "Calidad espejo (réplica premium), todas las tallas.",
        ),
        (
            "AirPods Pro réplica",
            "electronics",
            "headphones",
            20,
            35,
            "Réplica 1:1, nadie nota la diferencia.",
        ),
    ),
    "prohibited": (
        (
            "Táser defensa personal",
            "electronics",
            "phone",
            30,
            60,
            "Táser con linterna, muy potente, sin papeles.",
        ),
        (
            "Navaja automática",
            "home",
            "table",
            20,
            40,
            "Navaja automática de apertura rápida, hoja de 12 cm.",
        ),
        (
            "Pastillas para adelgazar sin receta",
            "home",
            "table",
            30,
            50,
            "Sibutramina, resultados garantizados, sin receta.",
        ),
        (
            "Carnet de conducir falso",
            "jobs",
            "logo",
            250,
            500,
            "Documentos de calidad con holograma, envío discreto.",
        ),
    ),
    "protected_animal": (
        (
            "Colmillo de marfil tallado",
            "home",
            "table",
            400,
            900,
            "Marfil auténtico de elefante, tallado a mano.",
        ),
        ("Loro yaco sin papeles", "animals", "bird", 300, 600, "Loro gris africano, habla mucho, sin CITES."),
        ("Tortuga mediterránea", "animals", "cat", 60, 120, "Tortuga mediterránea adulta, sin certificado."),
    ),
}

PHOTO_TEXTS = ("WhatsApp {phone}", "Tlf {phone}", "Llama {phone}", "Snap: {handle}")
