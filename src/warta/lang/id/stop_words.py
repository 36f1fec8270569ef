"""Common Indonesian function words, used to recognise Indonesian text quickly."""

STOP_WORDS: frozenset[str] = frozenset(
    """
    yang dan di ke dari pada untuk dengan dalam itu ini tidak akan juga ada adalah atau karena oleh
    sebagai bahwa telah sudah saat kata para tersebut mereka kami kita ia dia secara namun hingga
    serta lebih masih bisa dapat harus antara setelah sebelum menjadi yakni yaitu agar jika sejak
    tetapi tapi belum pun nya saja lalu kemudian sangat bagi maka ketika sehingga tak
    """.split()
)
