"""A minimal stand-in for the seed author's own `autograd` engine (not packaged anywhere we can install).

Only what seed 003 calls: Variable (reverse-mode, numpy values), Module, Exp, Tanh, MSELoss. Written for
the benchmark, so that seed 003 runs as the notebook does; it is not the author's code.
"""
import numpy as np


def _unbroadcast(g, shape):
    """Sums a gradient over the axes that broadcasting added or stretched, back to the operand's shape."""
    g = np.asarray(g)
    while g.ndim > len(shape):
        g = g.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and g.shape[axis] != 1:
            g = g.sum(axis=axis, keepdims=True)
    return g


class Variable:
    def __init__(self, value, parents=()):
        self.value = np.array(value, dtype=float)
        self.grad = np.zeros_like(self.value)
        self.parents = parents  # pairs (variable, function of the output gradient -> its gradient)

    @staticmethod
    def of(x):
        return x if isinstance(x, Variable) else Variable(x)

    def __add__(self, other):
        other = Variable.of(other)
        return Variable(self.value + other.value, ((self, lambda g: _unbroadcast(g, self.value.shape)),
                                                   (other, lambda g: _unbroadcast(g, other.value.shape))))

    __radd__ = __add__

    def __neg__(self):
        return Variable(-self.value, ((self, lambda g: -g),))

    def __sub__(self, other):
        return self + (-Variable.of(other))

    def __rsub__(self, other):
        return Variable.of(other) + (-self)

    def __mul__(self, other):
        other = Variable.of(other)
        return Variable(self.value * other.value,
                        ((self, lambda g: _unbroadcast(g * other.value, self.value.shape)),
                         (other, lambda g: _unbroadcast(g * self.value, other.value.shape))))

    __rmul__ = __mul__

    def __truediv__(self, other):
        return self * Variable.of(other) ** -1.0

    def __rtruediv__(self, other):
        return Variable.of(other) * self ** -1.0

    def __pow__(self, other):
        other = Variable.of(other)
        out = self.value ** other.value
        base_grad = other.value * self.value ** (other.value - 1)
        exponent_grad = out * np.log(np.where(self.value > 0, self.value, 1))
        return Variable(out, ((self, lambda g: _unbroadcast(g * base_grad, self.value.shape)),
                              (other, lambda g: _unbroadcast(g * exponent_grad, other.value.shape))))

    def __matmul__(self, other):
        a, b = self.value, other.value
        return Variable(a @ b, ((self, lambda g: _unbroadcast(g @ np.swapaxes(b, -1, -2), a.shape)),
                                (other, lambda g: _unbroadcast(np.swapaxes(a, -1, -2) @ g, b.shape))))

    def mean(self):
        return Variable(self.value.mean(), ((self, lambda g: np.full_like(self.value, g / self.value.size)),))

    def backward(self):
        order, seen, stack = [], set(), [(self, False)]
        while stack:
            node, done = stack.pop()
            if done:
                order.append(node)
            elif id(node) not in seen:
                seen.add(id(node))
                stack.append((node, True))
                stack.extend((parent, False) for parent, _ in node.parents)
        grads = {id(self): np.ones_like(self.value)}
        for node in reversed(order):
            g = grads.pop(id(node), None)
            if g is None:
                continue
            if not node.parents:
                node.grad = node.grad + g
            for parent, local in node.parents:
                grads[id(parent)] = grads.get(id(parent), 0) + local(g)


class Exp:
    def __call__(self, x):
        out = np.exp(x.value)
        return Variable(out, ((x, lambda g: g * out),))


class Tanh:
    def __call__(self, x):
        out = np.tanh(x.value)
        return Variable(out, ((x, lambda g: g * (1 - out ** 2)),))


class MSELoss:
    def __call__(self, prediction, target):
        diff = prediction - Variable.of(target)
        return diff * diff


class Module:
    def collect_parameters(self):
        params = []
        for value in vars(self).values():
            if isinstance(value, Variable):
                params.append(value)
            elif isinstance(value, Module):
                params.extend(value.collect_parameters())
        return params

    def forward_dataset(self, dataset, loss):
        """The mean loss over the dataset, all samples at once (numpy broadcasting over the first axis)."""
        return loss(self.forward(Variable(dataset.x)), dataset.y).mean()
