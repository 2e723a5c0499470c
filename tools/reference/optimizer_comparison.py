#!/usr/bin/python3
"""Reference runs and grids of seed 001 (optimizer comparison) for the Java tests.

Usage: /usr/bin/python3 tools/reference/optimizer_comparison.py src/test/resources/reference
Writes optimizer-comparison.csv (train_curve of the six optimizers on both surfaces, exactly as the seed calls
them) and optimizer-grids.csv (torch.arange axes and a sample of the loss grids of plot_curve, including the
pathological map range the seed derives from all_points). Values are repr(float(float32)): exact.
"""
import sys

import numpy as np
import torch

torch.set_num_threads(1)


def pathological_curve_loss(w1, w2):
    x1_loss = torch.tanh(w1)**2 + 0.01 * torch.abs(w1)
    x2_loss = torch.sigmoid(w2)
    return x1_loss + x2_loss


def bivar_gaussian(w1, w2, x_mean=0.0, y_mean=0.0, x_sig=1.0, y_sig=1.0):
    norm = 1 / (2 * np.pi * x_sig * y_sig)
    x_exp = (-1 * (w1 - x_mean)**2) / (2 * x_sig**2)
    y_exp = (-1 * (w2 - y_mean)**2) / (2 * y_sig**2)
    return norm * torch.exp(x_exp + y_exp)


def comb_func(w1, w2):
    z = -bivar_gaussian(w1, w2, x_mean=1.0, y_mean=-0.5, x_sig=0.2, y_sig=0.2)
    z -= bivar_gaussian(w1, w2, x_mean=-1.0, y_mean=0.5, x_sig=0.2, y_sig=0.2)
    z -= bivar_gaussian(w1, w2, x_mean=-0.5, y_mean=-0.8, x_sig=0.2, y_sig=0.2)
    return z


def train_curve(optimizer_func, curve_func=pathological_curve_loss, num_updates=100, init=[5, 5]):
    weights = torch.nn.Parameter(torch.FloatTensor(init), requires_grad=True)
    optimizer = optimizer_func([weights])
    list_points = []
    for _ in range(num_updates):
        loss = curve_func(weights[0], weights[1])
        list_points.append(torch.cat([weights.data.detach(), loss.unsqueeze(dim=0).detach()], dim=0))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return torch.stack(list_points, dim=0).numpy()


def optimizers(lr):
    return [("sgd", lambda p: torch.optim.SGD(p, lr=lr)),
            ("momentum", lambda p: torch.optim.SGD(p, lr=lr, momentum=0.9)),
            ("nesterov", lambda p: torch.optim.SGD(p, lr=lr, momentum=0.9, nesterov=True)),
            ("adagrad", lambda p: torch.optim.Adagrad(p, lr=lr)),
            ("rmsprop", lambda p: torch.optim.RMSprop(p, lr=lr, alpha=0.1)),
            ("adam", lambda p: torch.optim.Adam(p, lr=lr))]


def f(v):
    return repr(float(v))


def main(out_dir):
    runs = {}
    with open(out_dir + "/optimizer-comparison.csv", "w") as out:
        out.write("# provenance: tools/reference/optimizer_comparison.py (seed 001 train_curve) run with Debian"
                  " python3-torch %s, numpy %s, one thread\n" % (torch.__version__, np.__version__))
        out.write("surface,optimizer,step,w1,w2,loss\n")
        for surface, fn, lr, init in [("pathological", pathological_curve_loss, 10, [5, 5]),
                                      ("steep", comb_func, 0.05, [0, 0])]:
            for name, make in optimizers(lr):
                points = train_curve(make, fn, init=init)
                runs[(surface, name)] = points
                for step, (w1, w2, loss) in enumerate(points):
                    out.write("%s,%s,%d,%s,%s,%s\n" % (surface, name, step, f(w1), f(w2), f(loss)))
    all_points = np.concatenate([runs[("pathological", n)] for n, _ in optimizers(10)], axis=0)
    map_range = ((-np.absolute(all_points[:, 0]).max(), np.absolute(all_points[:, 0]).max()),
                 (all_points[:, 1].min(), all_points[:, 1].max()))
    with open(out_dir + "/optimizer-grids.csv", "w") as out:
        out.write("# provenance: tools/reference/optimizer_comparison.py (seed 001 plot_curve grids) run with"
                  " Debian python3-torch %s, numpy %s; every 7th grid point in each direction\n"
                  % (torch.__version__, np.__version__))
        out.write("grid,kind,i,j,value\n")
        for grid, fn, x_range, y_range in [("pathological-surface", pathological_curve_loss, (-5, 5), (-5, 5)),
                                           ("pathological-map", pathological_curve_loss) + map_range,
                                           ("steep", comb_func, (-2, 2), (-2, 2))]:
            x = torch.arange(x_range[0], x_range[1], (x_range[1] - x_range[0]) / 100.)
            y = torch.arange(y_range[0], y_range[1], (y_range[1] - y_range[0]) / 100.)
            for k, name in [(0, "xRange"), (1, "yRange")]:
                r = (x_range, y_range)[k]
                out.write("%s,%s,0,0,%s\n%s,%s,1,0,%s\n" % (grid, name, f(r[0]), grid, name, f(r[1])))
            for i, v in enumerate(x.numpy()):
                out.write("%s,x,%d,0,%s\n" % (grid, i, f(v)))
            for j, v in enumerate(y.numpy()):
                out.write("%s,y,%d,0,%s\n" % (grid, j, f(v)))
            xx, yy = torch.meshgrid([x, y], indexing="ij")
            z = fn(xx, yy).numpy()
            for i in range(0, len(x), 7):
                for j in range(0, len(y), 7):
                    out.write("%s,z,%d,%d,%s\n" % (grid, i, j, f(z[i, j])))


if __name__ == "__main__":
    main(sys.argv[1])
