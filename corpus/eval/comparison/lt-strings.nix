[ ("abc" < "abd") ("Z" < "a") ("a" < "aa") ("b" > "abc") ]
