"first
second
"
