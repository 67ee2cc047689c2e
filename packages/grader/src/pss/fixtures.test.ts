/**
 * Upstream-style fixtures (pod-security-admission/test/fixtures_*.go): for every check, a minimal
 * valid pod per level and version, and generators of pass and fail tweaks registered per minimum
 * version. Every fixture runs at every version v1.0..v1.37 where it is the newest one registered,
 * at its level and (unless restricted overrides the check there) at restricted.
 */
import { describe, expect, it } from 'vitest';
import type { PssLevel } from '../types';
import { CHECKS, checksFor, evaluatePod, revisionAt } from './registry';
import { LATEST_MINOR } from './versions';

type Json = Record<string, any>;
interface Pod {
  metadata: Json;
  spec: Json;
}

/** Upstream minimalValidPods: init container + container; restricted adds what each version requires. */
function minimalValidPod(level: PssLevel, minor: number): Pod {
  const pod: Pod = {
    metadata: { name: 'test-pod' },
    spec: {
      initContainers: [{ name: 'initcontainer1', image: 'registry.k8s.io/pause' }],
      containers: [{ name: 'container1', image: 'registry.k8s.io/pause' }],
    },
  };
  if (level !== 'restricted') return pod;
  pod.spec.securityContext = { runAsNonRoot: true };
  const containers = [pod.spec.initContainers[0], pod.spec.containers[0]];
  if (minor >= 8) for (const c of containers) c.securityContext = { allowPrivilegeEscalation: false };
  if (minor >= 19) pod.spec.securityContext.seccompProfile = { type: 'RuntimeDefault' };
  if (minor >= 22) for (const c of containers) c.securityContext.capabilities = { drop: ['ALL'] };
  return pod;
}

function tweak(p: Pod, f: (copy: Pod) => void): Pod {
  const copy = structuredClone(p);
  f(copy);
  return copy;
}

/** Containers always have a securityContext after this (upstream ensureSecurityContext). */
function ensureSC(p: Pod): Pod {
  return tweak(p, (c) => {
    c.spec.securityContext ??= {};
    for (const k of ['initContainers', 'containers']) for (const ct of c.spec[k]) ct.securityContext ??= {};
  });
}

interface Fixture {
  check: string;
  level: 'baseline' | 'restricted';
  minVersion: number;
  pass: (p: Pod) => Pod[];
  fail: (p: Pod) => Pod[];
}

const fixtures: Fixture[] = [];
const register = (check: string, level: Fixture['level'], minVersion: number, pass: Fixture['pass'], fail: Fixture['fail']): void => {
  fixtures.push({ check, level, minVersion, pass, fail });
};

const sc = (p: Pod, i: 'c' | 'i'): Json => (i === 'c' ? p.spec.containers[0] : p.spec.initContainers[0]).securityContext;
const windows = (p: Pod): void => {
  p.spec.os = { name: 'windows' };
};

// --- baseline -------------------------------------------------------------------------------------

register(
  'privileged',
  'baseline',
  0,
  (p) => [
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').privileged = false;
      sc(c, 'i').privileged = false;
    }),
    p,
  ],
  (p) => [
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').privileged = true;
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'i').privileged = true;
    }),
    tweak(ensureSC(p), (c) => {
      c.spec.ephemeralContainers = [{ name: 'debug', image: 'busybox', securityContext: { ...sc(c, 'c'), privileged: true } }];
    }),
  ],
);

register(
  'hostNamespaces',
  'baseline',
  0,
  (p) => [tweak(p, (c) => Object.assign(c.spec, { hostNetwork: false, hostPID: false, hostIPC: false }))],
  (p) =>
    ['hostNetwork', 'hostPID', 'hostIPC'].map((f) =>
      tweak(p, (c) => {
        c.spec[f] = true;
      }),
    ),
);

register(
  'hostPorts',
  'baseline',
  0,
  (p) => [
    tweak(p, (c) => {
      c.spec.containers[0].ports = [{ containerPort: 12345 }, { containerPort: 12346, hostPort: 0 }];
    }),
  ],
  (p) => [
    tweak(p, (c) => {
      c.spec.containers[0].ports = [{ containerPort: 12345, hostPort: 12345 }];
    }),
    tweak(p, (c) => {
      c.spec.initContainers[0].ports = [{ containerPort: 12346, hostPort: 12346 }];
    }),
  ],
);

register(
  'hostPathVolumes',
  'baseline',
  0,
  (p) => [
    tweak(p, (c) => {
      c.spec.volumes = [{ name: 'a', emptyDir: {} }];
    }),
  ],
  (p) => [
    tweak(p, (c) => {
      c.spec.volumes = [{ name: 'a', hostPath: { path: '/a' } }];
    }),
    tweak(p, (c) => {
      c.spec.volumes = [
        { name: 'a', emptyDir: {} },
        { name: 'b', hostPath: { path: '/b' } },
      ];
    }),
  ],
);

const BASELINE_CAPS = [
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
];
register(
  'capabilities_baseline',
  'baseline',
  0,
  (p) => [
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').capabilities = { add: BASELINE_CAPS };
      sc(c, 'i').capabilities = { add: BASELINE_CAPS };
    }),
  ],
  (p) => [
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').capabilities = { add: ['NET_RAW'] };
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'i').capabilities = { add: ['SYS_ADMIN'] };
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').capabilities = { add: ['CAP_CHOWN'] };
    }),
  ],
);

register(
  'appArmorProfile',
  'baseline',
  0,
  (p) => [
    tweak(p, (c) => {
      c.metadata.annotations = {
        'container.apparmor.security.beta.kubernetes.io/initcontainer1': 'runtime/default',
        'container.apparmor.security.beta.kubernetes.io/container1': 'localhost/foo',
      };
    }),
    tweak(p, (c) => {
      c.metadata.annotations = { 'container.apparmor.security.beta.kubernetes.io/container1': '' };
    }),
    tweak(ensureSC(p), (c) => {
      c.spec.securityContext.appArmorProfile = { type: 'RuntimeDefault' };
      sc(c, 'c').appArmorProfile = { type: 'Localhost', localhostProfile: 'my-profile' };
    }),
  ],
  (p) => [
    tweak(p, (c) => {
      c.metadata.annotations = { 'container.apparmor.security.beta.kubernetes.io/container1': 'unconfined' };
    }),
    tweak(ensureSC(p), (c) => {
      c.spec.securityContext.appArmorProfile = { type: 'Unconfined' };
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'i').appArmorProfile = { type: 'Unconfined' };
    }),
  ],
);

const selinuxPass =
  (types: string[]) =>
  (p: Pod): Pod[] =>
    types.map((type) =>
      tweak(ensureSC(p), (c) => {
        c.spec.securityContext.seLinuxOptions = { type, level: 's0:c1,c2' };
        sc(c, 'c').seLinuxOptions = { type };
      }),
    );
const selinuxFail =
  (extraTypes: string[]) =>
  (p: Pod): Pod[] => [
    ...['spc_t', 'unconfined_t', ...extraTypes].map((type) =>
      tweak(ensureSC(p), (c) => {
        sc(c, 'i').seLinuxOptions = { type };
      }),
    ),
    tweak(ensureSC(p), (c) => {
      c.spec.securityContext.seLinuxOptions = { user: 'system_u' };
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').seLinuxOptions = { role: 'system_r' };
    }),
  ];
register('seLinuxOptions', 'baseline', 0, selinuxPass(['', 'container_t', 'container_init_t', 'container_kvm_t']), selinuxFail(['container_engine_t']));
register('seLinuxOptions', 'baseline', 31, selinuxPass(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']), selinuxFail([]));

register(
  'procMount',
  'baseline',
  0,
  (p) => [
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').procMount = 'Default';
      sc(c, 'i').procMount = 'Default';
    }),
  ],
  (p) => [
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').procMount = 'Unmasked';
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'i').procMount = 'Unmasked';
      c.spec.hostUsers = false;
    }),
  ],
);
register(
  'procMount',
  'baseline',
  35,
  (p) => [
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').procMount = 'Default';
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').procMount = 'Unmasked';
      sc(c, 'i').procMount = 'Unmasked';
      c.spec.hostUsers = false;
    }),
  ],
  (p) => [
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').procMount = 'Unmasked';
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'i').procMount = 'Unmasked';
      c.spec.hostUsers = true;
    }),
  ],
);

register(
  'seccompProfile_baseline',
  'baseline',
  0,
  (p) => [
    tweak(p, (c) => {
      c.metadata.annotations = { 'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default' };
    }),
    tweak(p, (c) => {
      c.metadata.annotations = { 'seccomp.security.alpha.kubernetes.io/pod': 'docker/default' };
    }),
    tweak(p, (c) => {
      c.metadata.annotations = { 'container.seccomp.security.alpha.kubernetes.io/container1': 'localhost/profile.json' };
    }),
    // the field is not inspected before v1.19
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').seccompProfile = { type: 'Unconfined' };
    }),
  ],
  (p) => [
    tweak(p, (c) => {
      c.metadata.annotations = { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' };
    }),
    tweak(p, (c) => {
      c.metadata.annotations = { 'container.seccomp.security.alpha.kubernetes.io/initcontainer1': 'unconfined' };
    }),
    tweak(p, (c) => {
      c.metadata.annotations = { 'seccomp.security.alpha.kubernetes.io/pod': '' };
    }),
  ],
);
register(
  'seccompProfile_baseline',
  'baseline',
  19,
  (p) => [
    tweak(ensureSC(p), (c) => {
      c.spec.securityContext.seccompProfile = { type: 'RuntimeDefault' };
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').seccompProfile = { type: 'Localhost', localhostProfile: 'p.json' };
    }),
    // annotations are ignored from v1.19
    tweak(p, (c) => {
      c.metadata.annotations = { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' };
    }),
  ],
  (p) => [
    tweak(ensureSC(p), (c) => {
      c.spec.securityContext.seccompProfile = { type: 'Unconfined' };
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'i').seccompProfile = { type: 'Unconfined' };
    }),
  ],
);

const SYSCTLS: Record<number, string[]> = {
  0: ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'],
  27: ['net.ipv4.ip_local_reserved_ports'],
  29: ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'],
  32: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'],
  37: ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'],
};
const SYSCTL_STEPS = [0, 27, 29, 32, 37];
SYSCTL_STEPS.forEach((step, i) => {
  const allowed = SYSCTL_STEPS.filter((s) => s <= step).flatMap((s) => SYSCTLS[s]!);
  const next = SYSCTL_STEPS[i + 1];
  register(
    'sysctls',
    'baseline',
    step,
    (p) => [
      tweak(ensureSC(p), (c) => {
        c.spec.securityContext.sysctls = allowed.map((name) => ({ name, value: '0' }));
      }),
      ...SYSCTLS[step]!.map((name) =>
        tweak(ensureSC(p), (c) => {
          c.spec.securityContext.sysctls = [{ name, value: '0' }];
        }),
      ),
    ],
    (p) => [
      ...(next === undefined ? [] : SYSCTLS[next]!).map((name) =>
        tweak(ensureSC(p), (c) => {
          c.spec.securityContext.sysctls = [{ name, value: '0' }];
        }),
      ),
      tweak(ensureSC(p), (c) => {
        c.spec.securityContext.sysctls = [
          { name: 'a', value: '0' },
          { name: 'b', value: '0' },
        ];
      }),
      tweak(ensureSC(p), (c) => {
        c.spec.securityContext.sysctls = [{ name: 'kernel.msgmax', value: '65536' }];
      }),
      tweak(ensureSC(p), (c) => {
        c.spec.securityContext.sysctls = [{ name: 'net.ipv4.ip_forward', value: '1' }];
      }),
    ],
  );
});

register(
  'windowsHostProcess',
  'baseline',
  0,
  (p) => [
    tweak(ensureSC(p), (c) => {
      c.spec.securityContext.windowsOptions = { hostProcess: false };
      sc(c, 'c').windowsOptions = { hostProcess: false };
    }),
  ],
  (p) => [
    tweak(ensureSC(p), (c) => {
      c.spec.securityContext.windowsOptions = { hostProcess: true };
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'i').windowsOptions = { hostProcess: true };
    }),
  ],
);

register(
  'hostProbesAndHostLifecycle',
  'baseline',
  34,
  (p) => [
    tweak(p, (c) => {
      c.spec.containers[0].livenessProbe = { httpGet: { path: '/', port: 80 } };
      c.spec.containers[0].readinessProbe = { tcpSocket: { port: 80, host: '' } };
      c.spec.containers[0].lifecycle = { preStop: { httpGet: { path: '/stop', port: 80 } } };
    }),
  ],
  (p) => [
    tweak(p, (c) => {
      c.spec.containers[0].livenessProbe = { httpGet: { host: 'example.com', port: 80 } };
    }),
    tweak(p, (c) => {
      c.spec.containers[0].readinessProbe = { tcpSocket: { host: '10.0.0.1', port: 80 } };
    }),
    tweak(p, (c) => {
      c.spec.initContainers[0].startupProbe = { httpGet: { host: '169.254.169.254', port: 80 } };
    }),
    tweak(p, (c) => {
      c.spec.containers[0].lifecycle = { postStart: { httpGet: { host: 'example.com', port: 80 } } };
    }),
    tweak(p, (c) => {
      c.spec.containers[0].lifecycle = { preStop: { tcpSocket: { host: 'example.com', port: 80 } } };
    }),
  ],
);

// --- restricted -----------------------------------------------------------------------------------

register(
  'allowPrivilegeEscalation',
  'restricted',
  8,
  (p) => [p],
  (p) => [
    tweak(ensureSC(p), (c) => {
      delete sc(c, 'c').allowPrivilegeEscalation;
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'i').allowPrivilegeEscalation = true;
    }),
    tweak(ensureSC(p), (c) => {
      windows(c);
      delete sc(c, 'c').allowPrivilegeEscalation;
    }),
    tweak(ensureSC(p), (c) => {
      c.spec.ephemeralContainers = [{ name: 'debug', image: 'busybox', securityContext: { ...sc(c, 'c'), allowPrivilegeEscalation: true } }];
    }),
  ],
);
register(
  'allowPrivilegeEscalation',
  'restricted',
  25,
  (p) => [
    p,
    tweak(ensureSC(p), (c) => {
      windows(c);
      delete sc(c, 'c').allowPrivilegeEscalation;
      delete sc(c, 'i').allowPrivilegeEscalation;
    }),
  ],
  (p) => [
    tweak(ensureSC(p), (c) => {
      delete sc(c, 'c').allowPrivilegeEscalation;
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'i').allowPrivilegeEscalation = true;
    }),
  ],
);

const capsFail = (p: Pod): Pod[] => [
  tweak(ensureSC(p), (c) => {
    delete sc(c, 'c').capabilities;
  }),
  tweak(ensureSC(p), (c) => {
    sc(c, 'i').capabilities = { drop: ['NET_RAW'] };
  }),
  tweak(ensureSC(p), (c) => {
    sc(c, 'c').capabilities = { drop: ['ALL'], add: ['SYS_ADMIN'] };
  }),
  tweak(ensureSC(p), (c) => {
    sc(c, 'c').capabilities = { drop: ['ALL'], add: ['CHOWN'] };
  }),
];
register(
  'capabilities_restricted',
  'restricted',
  22,
  (p) => [
    p,
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').capabilities = { drop: ['ALL'], add: ['NET_BIND_SERVICE'] };
    }),
  ],
  (p) => [
    ...capsFail(p),
    tweak(ensureSC(p), (c) => {
      windows(c);
      delete sc(c, 'c').capabilities;
    }),
  ],
);
register(
  'capabilities_restricted',
  'restricted',
  25,
  (p) => [
    p,
    tweak(ensureSC(p), (c) => {
      windows(c);
      delete sc(c, 'c').capabilities;
      delete sc(c, 'i').capabilities;
    }),
  ],
  capsFail,
);

register(
  'procMount_restricted',
  'restricted',
  35,
  (p) => [
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').procMount = 'Default';
      c.spec.hostUsers = false;
    }),
  ],
  (p) => [
    tweak(ensureSC(p), (c) => {
      sc(c, 'c').procMount = 'Unmasked';
      c.spec.hostUsers = false;
    }),
    tweak(ensureSC(p), (c) => {
      sc(c, 'i').procMount = 'Unmasked';
    }),
  ],
);

const ALLOWED_VOLUMES: Json[] = [
  { configMap: { name: 'cm' } },
  { csi: { driver: 'inline.storage.kubernetes.io' } },
  { downwardAPI: { items: [] } },
  { emptyDir: {} },
  { ephemeral: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'] } } } },
  { image: { reference: 'registry.example.com/data:1' } },
  { persistentVolumeClaim: { claimName: 'pvc' } },
  { projected: { sources: [] } },
  { secret: { secretName: 's' } },
];
const RESTRICTED_VOLUMES = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'portworxVolume',
  'photonPersistentDisk',
  'scaleIO',
  'storageos',
];
register(
  'restrictedVolumes',
  'restricted',
  0,
  (p) => [
    tweak(p, (c) => {
      c.spec.volumes = ALLOWED_VOLUMES.map((v, i) => ({ name: `v${i}`, ...v }));
    }),
  ],
  (p) =>
    RESTRICTED_VOLUMES.map((t) =>
      tweak(p, (c) => {
        c.spec.volumes = [
          { name: 'ok', emptyDir: {} },
          { name: 'bad', [t]: {} },
        ];
      }),
    ),
);

const nonRootFail = (p: Pod): Pod[] => [
  tweak(ensureSC(p), (c) => {
    delete c.spec.securityContext.runAsNonRoot;
  }),
  tweak(ensureSC(p), (c) => {
    c.spec.securityContext.runAsNonRoot = false;
  }),
  tweak(ensureSC(p), (c) => {
    sc(c, 'c').runAsNonRoot = false;
  }),
  tweak(ensureSC(p), (c) => {
    sc(c, 'i').runAsNonRoot = false;
  }),
  tweak(ensureSC(p), (c) => {
    delete c.spec.securityContext.runAsNonRoot;
    c.spec.hostUsers = true;
  }),
];
register(
  'runAsNonRoot',
  'restricted',
  0,
  (p) => [
    p,
    tweak(ensureSC(p), (c) => {
      delete c.spec.securityContext.runAsNonRoot;
      sc(c, 'c').runAsNonRoot = true;
      sc(c, 'i').runAsNonRoot = true;
    }),
  ],
  (p) => [
    ...nonRootFail(p),
    tweak(ensureSC(p), (c) => {
      delete c.spec.securityContext.runAsNonRoot;
      c.spec.hostUsers = false;
    }),
  ],
);
register(
  'runAsNonRoot',
  'restricted',
  35,
  (p) => [
    p,
    tweak(ensureSC(p), (c) => {
      delete c.spec.securityContext.runAsNonRoot;
      c.spec.hostUsers = false;
    }),
    tweak(ensureSC(p), (c) => {
      c.spec.securityContext.runAsNonRoot = false;
      c.spec.hostUsers = false;
    }),
  ],
  nonRootFail,
);

const rootFail = (p: Pod): Pod[] => [
  tweak(ensureSC(p), (c) => {
    c.spec.securityContext.runAsUser = 0;
  }),
  tweak(ensureSC(p), (c) => {
    sc(c, 'c').runAsUser = 0;
  }),
  tweak(ensureSC(p), (c) => {
    sc(c, 'i').runAsUser = 0;
    c.spec.hostUsers = true;
  }),
];
const rootPass = (p: Pod): Pod[] => [
  p,
  tweak(ensureSC(p), (c) => {
    c.spec.securityContext.runAsUser = 1000;
    sc(c, 'c').runAsUser = 1000;
    sc(c, 'i').runAsUser = 1000;
  }),
];
register('runAsUser', 'restricted', 23, rootPass, (p) => [
  ...rootFail(p),
  tweak(ensureSC(p), (c) => {
    c.spec.securityContext.runAsUser = 0;
    c.spec.hostUsers = false;
  }),
]);
register(
  'runAsUser',
  'restricted',
  35,
  (p) => [
    ...rootPass(p),
    tweak(ensureSC(p), (c) => {
      c.spec.securityContext.runAsUser = 0;
      sc(c, 'c').runAsUser = 0;
      c.spec.hostUsers = false;
    }),
  ],
  rootFail,
);

const seccompFail = (p: Pod): Pod[] => [
  tweak(ensureSC(p), (c) => {
    delete c.spec.securityContext.seccompProfile;
  }),
  tweak(ensureSC(p), (c) => {
    c.spec.securityContext.seccompProfile = { type: 'Unconfined' };
  }),
  tweak(ensureSC(p), (c) => {
    sc(c, 'c').seccompProfile = { type: 'Unconfined' };
  }),
  tweak(ensureSC(p), (c) => {
    delete c.spec.securityContext.seccompProfile;
    sc(c, 'c').seccompProfile = { type: 'RuntimeDefault' };
  }),
];
register(
  'seccompProfile_restricted',
  'restricted',
  19,
  (p) => [
    p,
    tweak(ensureSC(p), (c) => {
      c.spec.securityContext.seccompProfile = { type: 'Localhost', localhostProfile: 'p.json' };
    }),
    tweak(ensureSC(p), (c) => {
      delete c.spec.securityContext.seccompProfile;
      sc(c, 'c').seccompProfile = { type: 'RuntimeDefault' };
      sc(c, 'i').seccompProfile = { type: 'Localhost' };
    }),
  ],
  (p) => [
    ...seccompFail(p),
    tweak(ensureSC(p), (c) => {
      windows(c);
      delete c.spec.securityContext.seccompProfile;
    }),
  ],
);
register(
  'seccompProfile_restricted',
  'restricted',
  25,
  (p) => [
    p,
    tweak(ensureSC(p), (c) => {
      windows(c);
      delete c.spec.securityContext.seccompProfile;
    }),
  ],
  seccompFail,
);

// --- runner ---------------------------------------------------------------------------------------

const LEVELS = ['baseline', 'restricted'] as const;
const RANK = { baseline: 1, restricted: 2 } as const;

/** The fixture for (check, level, version): the level's own newest one, else the baseline one. */
function fixtureFor(check: string, level: (typeof LEVELS)[number], minor: number): Fixture | undefined {
  const usable = fixtures.filter((f) => f.check === check && f.minVersion <= minor && RANK[f.level] <= RANK[level]);
  const own = usable.filter((f) => f.level === level);
  const pool = own.length > 0 ? own : usable;
  return pool.sort((a, b) => b.minVersion - a.minVersion)[0];
}

const overrides = (check: string, minor: number): boolean => (revisionAt(CHECKS.find((c) => c.id === check)!, minor)?.overrideCheckIds ?? []).length > 0;

const denied = (pod: Pod, level: PssLevel, minor: number): string[] =>
  evaluatePod(pod.metadata, pod.spec, level, minor)
    .filter((r) => !r.allowed)
    .map((r) => r.checkId);

describe('PSS fixtures at every version v1.0..v1.37', () => {
  const checks = [...new Set(fixtures.map((f) => f.check))];

  it('has a fixture set for all 19 checks', () => {
    expect(checks.sort()).toEqual([
      'allowPrivilegeEscalation',
      'appArmorProfile',
      'capabilities_baseline',
      'capabilities_restricted',
      'hostNamespaces',
      'hostPathVolumes',
      'hostPorts',
      'hostProbesAndHostLifecycle',
      'privileged',
      'procMount',
      'procMount_restricted',
      'restrictedVolumes',
      'runAsNonRoot',
      'runAsUser',
      'seLinuxOptions',
      'seccompProfile_baseline',
      'seccompProfile_restricted',
      'sysctls',
      'windowsHostProcess',
    ]);
  });

  for (let minor = 0; minor <= LATEST_MINOR; minor++) {
    for (const level of LEVELS) {
      it(`${level}:v1.${minor}`, () => {
        const base = minimalValidPod(level, minor);
        expect(denied(base, level, minor), 'minimal valid pod').toEqual([]);
        const active = new Set(checksFor(level, minor).map((c) => c.id));
        let ran = 0;
        for (const check of checks) {
          const f = fixtureFor(check, level, minor);
          // Not registered yet at this version, or overridden by a restricted check.
          if (!f || !active.has(check)) continue;
          ran++;
          const pass = f.pass(base);
          const fail = f.fail(base);
          expect(pass.length, `${check} pass`).toBeGreaterThan(0);
          expect(fail.length, `${check} fail`).toBeGreaterThan(0);
          pass.forEach((pod, i) => expect(denied(pod, level, minor), `${check} pass[${i}] (from v1.${f.minVersion})`).toEqual([]));
          fail.forEach((pod, i) => {
            expect(denied(pod, level, minor), `${check} fail[${i}] (from v1.${f.minVersion})`).toEqual([check]);
            // A violation of a restricted check that replaces no baseline check is admitted one level down.
            if (f.level === 'restricted' && !overrides(check, minor)) expect(denied(pod, 'baseline', minor), `${check} fail[${i}] at baseline`).toEqual([]);
          });
        }
        expect(ran).toBe(active.size);
      });
    }
  }
});
