"""Outlet brands whose sections appear as outlets of their own.

detik.com names each channel after the brand (detikNews, detikFinance, detikSport, detikInet,
detikOto, detikHealth, detikTravel, detikFood, detikHot, detikEdu; see the channel menu on
detik.com), and its datelines say "detikcom": any outlet name that starts with the brand is
that brand. Add a brand here when its sections show up as separate outlets.
"""

SECTIONED_BRANDS: tuple[str, ...] = ("detik",)

# Domain endings and brand suffixes dropped when comparing outlet names: "Kompas.com",
# "KOMPAS.com" and "Kompas" are one outlet, as are "Antaranews" and "ANTARA".
DOMAIN_ENDINGS: tuple[str, ...] = (".co.id", ".com", ".co", ".id", ".net", ".org", ".tv")
BRAND_SUFFIXES: tuple[str, ...] = ("news",)
