# A small inventory program: classes with properties, a dict subclass with
# defaults, sorting with tuple keys, report formatting with format specs,
# JSON round trip, and error handling for bad records.
import json


class Stock(dict):
    def __missing__(self, sku):
        return 0


class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self._price = price
        self.qty = qty

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError("negative price for " + self.sku)
        self._price = round(value, 2)

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return "Item(%r, %r, %.2f, %d)" % (self.sku, self.name, self.price, self.qty)


records = [
    ("A1", "bolt", 0.25, 400),
    ("B2", "nut", 0.1, 1000),
    ("C3", "gear", 12.5, 8),
    ("D4", "spring", 1.75, 0),
    ("E5", "belt", -3, 2),
    ("F6", "motor", 42.0, 3),
]
items = []
for sku, name, price, qty in records:
    try:
        it = Item(sku, name, 0, qty)
        it.price = price
        items.append(it)
    except ValueError as e:
        print("skipped:", e)

stock = Stock()
for it in items:
    stock[it.sku] += it.qty
print(stock["A1"], stock["ZZ"], len(stock))

print("%-6s %-8s %8s %6s %10s" % ("sku", "name", "price", "qty", "value"))
for it in sorted(items, key=lambda i: (-i.value, i.name)):
    print("{:<6} {:<8} {:>8.2f} {:>6d} {:>10,.2f}".format(it.sku, it.name, it.price, it.qty, it.value))
total = sum(i.value for i in items)
print("total value: {:.2f} over {} items, {} in stock".format(total, len(items), sum(1 for i in items if i.qty)))

data = json.dumps([{"sku": i.sku, "name": i.name, "price": i.price, "qty": i.qty} for i in items])
back = [Item(**d) for d in json.loads(data)]
print(back[:2], all(a.value == b.value for a, b in zip(items, back)))
cheap = {i.name: i.price for i in items if i.price < 1}
print(sorted(cheap.items()), max(items, key=lambda i: i.price).name)
