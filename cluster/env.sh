# Settings shared by cluster/start and cluster/stop (sourced, not run). Every one can be set in
# the environment; the defaults are the engines' own ports, on loopback.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

CLUSTER_DIR=${CLUSTER_DIR:-$root/target/cluster}   # logs, pid files, conf, work folders
# The jars of each "distribution", gathered once and shared by every CLUSTER_DIR (tests use their own).
CLUSTER_JARS_DIR=${CLUSTER_JARS_DIR:-$root/target/cluster-jars}
CLUSTER_HOST=${CLUSTER_HOST:-127.0.0.1}            # the address every daemon binds to
FLINK_REST_PORT=${FLINK_REST_PORT:-8081}
FLINK_RPC_PORT=${FLINK_RPC_PORT:-6123}
SPARK_MASTER_PORT=${SPARK_MASTER_PORT:-7077}
SPARK_MASTER_WEBUI_PORT=${SPARK_MASTER_WEBUI_PORT:-8080}
SPARK_WORKER_WEBUI_PORT=${SPARK_WORKER_WEBUI_PORT:-8082}  # Spark's default, 8081, is Flink's REST port
KAFKA_PORT=${KAFKA_PORT:-9092}                     # the broker's clients connect here (--bootstrap 127.0.0.1:9092)
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}  # the KRaft controller's, inside the same JVM
KAFKA_HEAP=${KAFKA_HEAP:-512m}
CLUSTER_START_SECONDS=${CLUSTER_START_SECONDS:-120}      # bound of the wait for each cluster to be up

pid_dir=$CLUSTER_DIR/pids
log_dir=$CLUSTER_DIR/logs

# The daemons each cluster starts, in start order; cluster/stop ends them in reverse.
flink_daemons=(flink-jobmanager flink-taskmanager)
spark_daemons=(spark-master spark-worker)
kafka_daemons=(kafka-broker)

# What a pid file's process must be running to be ours (a pid can be reused after a reboot).
main_class_of() {
  case $1 in
    flink-jobmanager) echo org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint ;;
    flink-taskmanager) echo org.apache.flink.runtime.taskexecutor.TaskManagerRunner ;;
    spark-master) echo org.apache.spark.deploy.master.Master ;;
    spark-worker) echo org.apache.spark.deploy.worker.Worker ;;
    kafka-broker) echo kafka.Kafka ;;
  esac
}

# The live pid recorded for daemon $1, if its process still runs that daemon's main class.
live_pid() {
  local file=$pid_dir/$1.pid pid
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$(main_class_of "$1")" || return 1
  echo "$pid"
}

# The clusters named in "${@:2}", or those of $1 (a space-separated default) when none is named.
engines_of_args() {
  local default=$1 e
  shift
  if (($# == 0)); then
    echo "$default"
    return
  fi
  for e in "$@"; do
    case $e in
      flink | spark | kafka) echo "$e" ;;
      *) echo "$(basename "$0"): error: unknown cluster '$e' (flink, spark or kafka)" >&2; return 2 ;;
    esac
  done
}
