package org.jixiao.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict reader: unknown fields at any depth, unknown kinds and wrong types are reported, not dropped. */
class ManifestsTest {

    private static List<String> problemsOf(String yaml) {
        List<String> problems = new ArrayList<>();
        Manifests.parse(yaml, "test", problems);
        return problems;
    }

    @Test
    void aWellFormedObjectHasNoProblem() {
        assertThat(problemsOf("""
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: a
                automountServiceAccountToken: false
                """)).isEmpty();
    }

    @Test
    void aMisspelledFieldDeepInAPodTemplateIsReportedWithItsPath() {
        assertThat(problemsOf("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  selector:
                    matchLabels: {app: web}
                  template:
                    metadata:
                      labels: {app: web}
                    spec:
                      containers:
                        - name: web
                          image: web:1
                          readynessProbe:
                            httpGet: {path: /q/health/ready, port: 8080}
                """)).containsExactly("test Deployment/web: unknown field spec.template.spec.containers[0].readynessProbe");
    }

    @Test
    void anUnknownKindAndAWrongTypeAreReported() {
        assertThat(problemsOf("""
                apiVersion: example.org/v1
                kind: Widget
                metadata:
                  name: w
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: d
                spec:
                  replicas: many
                """)).satisfiesExactly(
                p -> assertThat(p).startsWith("test Widget/w: unknown kind example.org/v1 Widget"),
                p -> assertThat(p).startsWith("test Deployment/d: does not fit fabric8's model of apps/v1 Deployment"));
    }

    @Test
    void theCustomResourcesTheCheckKnowsAreAccepted() {
        assertThat(problemsOf("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: db
                spec:
                  instances: 1
                """)).isEmpty();
    }
}
