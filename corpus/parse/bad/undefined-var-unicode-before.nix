let a = "日本語"; in a + b
