"""English listing texts (UK sellers, and expats in France and Spain).

Same shape as ``texts_fr``; the builder prices GB listings in GBP and the others in EUR.
"""

LANGUAGE = "en"

PLACES = (
    ("London", "GB", "E1 6AN"),
    ("London - Croydon", "GB", "CR0 1NX"),
    ("Manchester", "GB", "M1 1AE"),
    ("Birmingham", "GB", "B1 1BB"),
    ("Leeds", "GB", "LS1 4AP"),
    ("Bristol", "GB", "BS1 4DJ"),
    ("Glasgow", "GB", "G1 1XQ"),
    ("Brighton", "GB", "BN1 1AE"),
    ("Liverpool", "GB", "L1 8JQ"),
    ("Málaga - Marbella", "ES", "29602"),
    ("Alicante - Torrevieja", "ES", "03181"),
    ("Dordogne - Bergerac", "FR", "24100"),
    ("Lisboa - Cascais", "PT", "2750-001"),
)

PRODUCTS = {
    "electronics": (
        ("iPhone 13 128GB unlocked", "phone", 380, 480),
        ("Samsung Galaxy S22 Ultra", "phone", 400, 550),
        ("Google Pixel 8", "phone", 380, 480),
        ("MacBook Air M2", "laptop", 800, 1000),
        ("Dell XPS 13 laptop", "laptop", 450, 700),
        ("Bose QuietComfort headphones", "headphones", 130, 200),
        ("AirPods Pro 2nd gen", "headphones", 150, 200),
    ),
    "vehicles": (
        ("Ford Fiesta 1.0 EcoBoost 2018", "car", 8000, 11000),
        ("Vauxhall Corsa 2017", "car", 5500, 8000),
        ("VW Golf 1.5 TSI 2019", "car", 13000, 17000),
        ("Nissan Qashqai 2018", "car", 11000, 15000),
        ("Honda PCX 125 scooter", "scooter", 2000, 2900),
        ("Pure Air electric scooter", "scooter", 250, 400),
    ),
    "real_estate": (
        ("2 bed flat to rent", "building", 1100, 1700),
        ("Double room in shared house", "building", 600, 900),
        ("Studio flat, bills included", "building", 900, 1200),
        ("3 bed semi-detached house for sale", "house", 230000, 380000),
        ("Villa with pool (long let)", "house", 1200, 2000),
    ),
    "fashion": (
        ("Nike Air Max 97 UK 9", "sneaker", 60, 100),
        ("Barbour wax jacket size M", "tshirt", 90, 160),
        ("Mulberry Bayswater bag", "handbag", 500, 800),
        ("Levi's 501 jeans W32 L32", "tshirt", 20, 40),
        ("Dr. Martens 1460 boots UK 6", "sneaker", 50, 90),
        ("Seiko Presage watch", "watch", 250, 380),
    ),
    "jobs": (
        ("Bar staff wanted - weekends", "logo", 0, 0),
        ("Cleaner, 15 hours a week", "logo", 0, 0),
        ("Delivery driver (own van)", "logo", 0, 0),
        ("Nanny for two children", "logo", 0, 0),
        ("Warehouse operative - nights", "logo", 0, 0),
    ),
    "animals": (
        ("Cockapoo puppies", "dog", 900, 1500),
        ("Labrador puppies KC registered", "dog", 800, 1300),
        ("Rescue dog looking for a home", "dog", 150, 250),
        ("Ragdoll kittens", "cat", 600, 950),
    ),
    "home": (
        ("Corner sofa, grey fabric", "sofa", 200, 500),
        ("Oak wardrobe, two doors", "wardrobe", 80, 220),
        ("Dining table and 6 chairs", "table", 120, 300),
        ("Armchair, velvet", "sofa", 60, 140),
        ("Desk lamp, brass", "table", 15, 40),
    ),
}

TITLE_EXTRAS = ("", "", "", " - excellent condition", " like new", " - quick sale", " ONO", " (boxed)")
CONDITIONS = (
    "in excellent condition",
    "like new",
    "in good working order",
    "barely used",
    "with light signs of wear",
    "brand new, unopened",
)

COLOURS = ("black", "white", "navy", "grey", "red", "beige", "olive")

OPENERS = {
    "electronics": (
        "Selling my {product}, {condition}.",
        "{product} {condition}, always kept in a case.",
        "{product}, bought in {year}, receipt available.",
    ),
    "vehicles": (
        "{product}, {mileage} miles, {condition}.",
        "For sale: {product}, one owner, {mileage} miles, full service history.",
        "Private sale: {product}, first registered {month}/{year}, {mileage} miles.",
    ),
    "real_estate": (
        "{product} in {location}, close to shops and transport.",
        "{product}, {m2} m², {floor} floor with lift.",
        "{product}, {rooms} rooms, available from {future_date}.",
    ),
    "fashion": (
        "Selling {product}, {condition}.",
        "{product}, {condition}, size {size}.",
        "Clearing my wardrobe: {product}, {condition}.",
    ),
    "jobs": (
        "We are hiring: {product}. Based in {location}, starting {future_date}.",
        "Job offer: {product}, {hours} hours a week.",
        "{product}. Experience helpful but not essential.",
    ),
    "animals": (
        "{product}, born {born}, vaccinated and microchipped.",
        "{product}, well socialised with children and cats.",
        "{product}, rehoming fee covers vet costs.",
    ),
    "home": (
        "Selling {product}, {condition}.",
        "{product}, {condition}, collection only.",
        "Moving house: {product}, {condition}.",
    ),
}

DETAILS = {
    "electronics": (
        "IMEI {imei}, not blacklisted.",
        "Battery health {battery} %.",
        "Comes with box, cable and receipt dated {past_date}.",
    ),
    "vehicles": (
        "MOT until {future_date}.",
        "Cambelt changed at {km2} miles.",
        "{doors} doors, manual gearbox, ULEZ compliant.",
        "Non-smoker, never in an accident.",
    ),
    "real_estate": (
        "Rent {cur}{price} pcm, deposit of five weeks.",
        "EPC rating {dpe}, gas central heating.",
        "Postcode {postcode}, ten minutes from the station.",
        "No agency fees.",
    ),
    "fashion": ("Size {size}, colour {colour}.", "Can post via Royal Mail.", "No marks or stains."),
    "jobs": (
        "Pay: {cur}{hourly} per hour.",
        "Company number {company_no}.",
        "Apply through the site's messaging.",
        "{hours} hours a week, Monday to Friday.",
    ),
    "animals": (
        "Mum can be seen, vet checked.",
        "Microchip number {chip}.",
        "Wormed and flea treated, first jab on {recent_date}.",
    ),
    "home": (
        "Dimensions: {width} x {depth} cm.",
        "A few scuffs, nothing major.",
        "Comes apart for transport, {floor} floor, no lift.",
    ),
}

CLOSINGS = (
    "Collection only.",
    "No time wasters please.",
    "Open to sensible offers.",
    "Message me through the site.",
    "First to see will buy.",
    "",
)

# Innocent sentences that trip naive filters (Scunthorpe problem). Per category, plus "any".
TRAPS = {
    "any": ("Private seller, not a dealer.", "Essex or Middlesex delivery possible."),
    "vehicles": (
        "Alarm and immobiliser fitted.",
        "Reputable local garage can inspect.",
        "Scunthorpe collection possible.",
    ),
    "real_estate": ("Full of charm, quiet street.", "Built-in wardrobe in the bedroom."),
    "home": ("Matching wardrobe also available.",),
    "fashion": ("Cocktail dress worn once.",),
    "jobs": ("Friendly team, cocktail bar in the city centre.",),
    "animals": ("Assessed by a reputable breeder.",),
    "electronics": ("Analyst-grade specs, great for spreadsheets.",),
}

PLANTS = {
    "contact_phone": (
        "Call me on {phone}.",
        "Text {phone} for more pics.",
        "My number: {phone}",
        "Ring {phone} after 6pm.",
    ),
    "contact_handle": (
        "WhatsApp me on {phone}.",
        "Message me on WhatsApp: {phone}",
        "Telegram @{handle}",
        "Add me on Snapchat: {handle}",
        "Quicker on wa.me/{phone_digits}",
    ),
    "contact_email": ("Email me: {email}", "Contact {email} for details."),
    "payment": (
        "Payment by Western Union or MoneyGram only.",
        "I only accept Neosurf or Transcash vouchers.",
        "Bank transfer to my account before dispatch, no PayPal.",
    ),
    "abroad": (
        "I am abroad for work at the moment, the courier will deliver once you have paid.",
        "I'm currently working offshore, my shipping agent will deliver after payment.",
    ),
    "deposit": (
        "A holding deposit of {cur}{deposit} is required before viewing.",
        "I'm overseas, I will post you the keys once the deposit of {cur}{deposit} is received.",
    ),
    "adult": (
        "Sensual massage, discreet, happy ending available.",
        "Young lady offers private company, outcalls only.",
    ),
    "discrimination": ("No DSS, no foreigners.", "British only, sorry."),
    "minors": ("Vapes available, no ID needed, under 18s welcome.",),
}

PLANT_ITEMS = {
    "counterfeit": (
        (
            "Mulberry Bayswater replica 1:1",
            "fashion",
            "handbag",
            60,
            120,
            "1:1 replica, identical to the original, with dust bag.",
        ),
        (
            "Rolex Submariner super clone",
            "fashion",
            "watch",
            90,
            160,
            "Super clone, automatic movement, exact copy.",
        ),
        ("Nike Jordan 4 mirror quality", "fashion", "sneaker", 45, 70, "Mirror quality reps, all sizes."),
    ),
    "prohibited": (
        ("Flick knife", "home", "table", 20, 40, "Spring-loaded flick knife, 4 inch blade."),
        ("Pepper spray", "home", "table", 15, 30, "Police-strength pepper spray, no questions asked."),
        (
            "Fake driving licence",
            "jobs",
            "logo",
            200,
            400,
            "Any name, any country, hologram included, discreet delivery.",
        ),
    ),
    "protected_animal": (
        ("Antique carved ivory tusk", "home", "table", 400, 900, "Genuine elephant ivory, hand carved."),
        (
            "African grey parrot, no papers",
            "animals",
            "bird",
            300,
            600,
            "Talking African grey, sold without CITES paperwork.",
        ),
    ),
}

PHOTO_TEXTS = ("WhatsApp {phone}", "Call {phone}", "Text {phone}", "Snap: {handle}")
