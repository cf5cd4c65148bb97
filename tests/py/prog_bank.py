class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__('need %d more' % needed)
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amt
        self.history.append(('dep', amt))
        return self
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(amt - self._balance)
        self._balance -= amt
        self.history.append(('wd', amt))
        return self
    def __repr__(self):
        return 'Account(%r, %d)' % (self.owner, self._balance)
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        return self.deposit(int(self.balance * self.rate))
a = Account('ann', 100).deposit(50).withdraw(30)
s = Savings('sam', 1000).add_interest()
print(a, s, a.id, s.id, a.history)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print('error:', e, e.needed)
try:
    a.deposit(-1)
except ValueError as e:
    print('error:', e)
print(isinstance(s, Account), Savings.rate, s.balance)
