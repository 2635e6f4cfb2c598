true / null
