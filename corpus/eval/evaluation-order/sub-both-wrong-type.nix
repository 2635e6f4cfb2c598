true - null
