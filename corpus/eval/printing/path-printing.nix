[ ./a /abs/path ./with-dash_under.score ]
