[ http://example.org/x?y=1 https://a.b/c mailto:me@example.org ]
